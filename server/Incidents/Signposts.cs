using Hotspots.Access;
using Hotspots.Database;
using Npgsql;

namespace Hotspots.Incidents;

/// <summary>
/// OFFICIAL-SENSITIVE records of other agencies, as the issue allows them to be seen: that records exist and which agency
/// holds them, counted per agency within a period and a ward or district, never placed finer, never with victim or source detail.
/// </summary>
public sealed record Signpost(string OwningAgency, SuppressedCount Records, IReadOnlyList<long> IncidentIds);

/// <summary>What signposts may be narrowed to: a period (widened to whole months) and a ward or district, nothing that could place or date a record.</summary>
public sealed record SignpostFilter(long? AreaId = null, DateTimeOffset? From = null, DateTimeOffset? To = null);

public sealed class Signposts(UnitOfWork units)
{
    public static readonly string[] AreaKinds = ["district", "ward"];

    /// <summary>Analysts, who may ask the owner for access, get exact counts and the records' ids; everyone else a suppressed count.</summary>
    public async Task<IReadOnlyList<Signpost>> For(Viewer viewer, SignpostFilter filter, CancellationToken cancel)
    {
        var sql = new SqlConditions();
        var seen = IncidentAccess.EachRecord(sql, viewer, new IncidentFilter(From: MonthStart(filter.From), To: MonthEnd(filter.To)));
        var area = filter.AreaId is { } id ? $"AND ST_Intersects(seen.location, (SELECT boundary FROM areas WHERE id = {sql.Parameter(id)}))" : "";
        return await units.Read(viewer, work => work.List($"""
            SELECT seen.source_agency, array_agg(seen.id ORDER BY seen.id), {IncidentAccess.SuppressBelow}
            FROM {seen}
            WHERE seen.access = '{IncidentAccess.Signpost}' {area}
            GROUP BY seen.source_agency ORDER BY seen.source_agency
            """, r => r.GetFieldValue<long[]>(1) is var ids && viewer.Role == Role.Analyst
                ? new Signpost(r.GetString(0), SuppressedCount.Exact(ids.Length), ids)
                : new Signpost(r.GetString(0), SuppressedCount.Of(ids.Length, r.GetInt32(2)), []), sql), cancel);
    }

    // Whole months, so that moving the ends of the period a day at a time cannot date a record.
    private static DateTimeOffset? MonthStart(DateTimeOffset? at) => at is { } t ? new DateTimeOffset(t.UtcDateTime.Year, t.UtcDateTime.Month, 1, 0, 0, 0, TimeSpan.Zero) : null;

    private static DateTimeOffset? MonthEnd(DateTimeOffset? at) => at is { } t && MonthStart(t) is { } start ? (start == t ? start : start.AddMonths(1)) : null;

    /// <summary>Null when the area may narrow signposts, else why not.</summary>
    public async Task<string?> AreaRefusal(long? areaId, CancellationToken cancel)
    {
        if (areaId is null) return null;
        return await units.Read(Viewer.NoOne, work => work.Scalar<string>("SELECT kind FROM areas WHERE id = $1", areaId.Value), cancel) switch
        {
            null => $"There is no area {areaId}.",
            string kind when AreaKinds.Contains(kind) => null,
            _ => $"Signposts are counted only in a {string.Join(" or ", AreaKinds)}, so that they cannot place a record.",
        };
    }
}
