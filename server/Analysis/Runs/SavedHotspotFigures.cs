using Hotspots.Access;
using Hotspots.Areas;
using Hotspots.Database;
using Hotspots.Incidents;
using Npgsql;

namespace Hotspots.Analysis;

/// <summary>A saved hotspot's figures as one viewer may see them; null where their view cannot give them.</summary>
public sealed record HotspotFiguresSeen(double? Incidents, double? PeakZ, double? Pai);

/// <summary>
/// A saved hotspot's outline is the partnership's shared working area, but its figures come from the view of whoever
/// saved it. Analysts of the saving agency (whose view that is) and the saver get them as saved; everyone else gets the
/// incidents their own view holds inside the outline over the run's period and types, and no peak z or PAI, which are
/// taken from the saver's counts and would difference against their own.
/// </summary>
public sealed class SavedHotspotFigures(ReadOnlyDatabase reads)
{
    public async Task<HotspotFiguresSeen> For(Viewer viewer, Area area, CancellationToken cancel)
    {
        if (area.Kind != AreaKind.Hotspot) return new(null, null, null);
        await using var keeper = reads.DataSource.CreateCommand("""
            SELECT a.saved_by, a.saved_agency, r.filter->>'from', r.filter->>'to', r.filter->'exploitationTypes', r.filter->'victimAgeGroups',
                r.filter->'sourceAgencies'
            FROM areas a LEFT JOIN analysis_runs r ON r.id = a.analysis_run_id WHERE a.id = $1
            """).With(area.Id);
        await using var r = await keeper.ExecuteReaderAsync(cancel);
        if (!await r.ReadAsync(cancel)) return new(null, null, null);
        bool own = r.GetValue(0) as string == viewer.Username || (viewer.Role == Role.Analyst && r.GetValue(1) as string == viewer.Agency);
        if (own) return new(area.HotspotIncidents, area.HotspotPeakZ, area.HotspotPai);
        var filter = new IncidentFilter(AreaId: area.Id,
            From: r.IsDBNull(2) ? null : DateTimeOffset.Parse(r.GetString(2), System.Globalization.CultureInfo.InvariantCulture),
            To: r.IsDBNull(3) ? null : DateTimeOffset.Parse(r.GetString(3), System.Globalization.CultureInfo.InvariantCulture),
            ExploitationTypes: Codes<ExploitationType>(r, 4), VictimAgeGroups: Codes<VictimAgeGroup>(r, 5),
            SourceAgencies: r.IsDBNull(6) ? null : System.Text.Json.JsonSerializer.Deserialize<string[]>(r.GetString(6)));
        await r.DisposeAsync();
        var sql = new SqlConditions();
        await using var count = sql.Command(reads.DataSource, $"SELECT coalesce(sum(n), 0) FROM {IncidentView.Of(sql, viewer, filter)}");
        return new(Convert.ToDouble(await count.ExecuteScalarAsync(cancel), System.Globalization.CultureInfo.InvariantCulture), null, null);
    }

    private static List<T>? Codes<T>(NpgsqlDataReader r, int column) where T : struct, Enum =>
        r.IsDBNull(column) ? null : System.Text.Json.JsonSerializer.Deserialize<string[]>(r.GetString(column))?.Select(Enum.Parse<T>).ToList();
}
