using Hotspots.Access;
using Hotspots.Database;

namespace Hotspots.Incidents;

/// <summary>How finely a view counts the records the viewer may only count.</summary>
public enum ViewGrain
{
    /// <summary>One count per cell over the whole period (widened to whole calendar months).</summary>
    Period,

    /// <summary>One count per cell and calendar month: for trends and emerging hot spots.</summary>
    Month,
}

/// <summary>
/// A viewer's view: exactly what their map shows, and the only thing any answer is computed from
/// (docs/disclosure-control.md). A FROM item named <c>view</c> with one row per record they may see in full, at its
/// place, and one row per counted cell at the cell's centre with the count the map shows (<c>n</c>, from the database
/// function shown_count; NULL where it is withheld, and such a row contributes nothing: consumers that count use
/// <c>n IS NOT NULL</c>). Records they may only count answer filters at their grain alone: space by whole cells
/// (the cell's centre is tested against a box or area), time by whole calendar months.
/// </summary>
/// <remarks>
/// Columns: id (NULL for a cell), location (EPSG:27700), n, cell, occurred_from (a record's; a cell's month when
/// counted by month, else NULL), exploitation_type, victim_age_group, source_agency, source_reference, sources and
/// sensitivity (records only), cell_metres.
/// </remarks>
public static class IncidentView
{
    public static string Of(SqlConditions sql, Viewer viewer, IncidentFilter filter, ViewGrain grain = ViewGrain.Period)
    {
        var months = filter with { From = MonthStart(filter.From), To = MonthEnd(filter.To) };
        var monthly = grain == ViewGrain.Month;
        string Month(string t) => $"date_trunc('month', {t} AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'";
        return $"""
            (WITH seen_rows AS MATERIALIZED (
                SELECT seen.id, seen.location, seen.access, seen.occurred_from, seen.occurred_to, seen.exploitation_type,
                    seen.victim_age_group, seen.source_agency, seen.source_reference, seen.sources, seen.sensitivity,
                    seen.record_key, seen.cell_metres
                FROM {IncidentAccess.Seen(sql, viewer, months)} WHERE {IncidentAccess.Near(sql, filter)}),
            counted AS (
                SELECT floor(ST_X(location) / cell_metres) AS col, floor(ST_Y(location) / cell_metres) AS row, cell_metres,
                    {(monthly ? Month("occurred_from") : "NULL::timestamptz")} AS month, count(*) AS records, sum(record_key) AS cell_key
                FROM seen_rows
                WHERE access = '{IncidentAccess.Generalised}' AND {MonthTest(sql, months)}
                GROUP BY 1, 2, 3, 4)
            SELECT id, location, 1 AS n, false AS cell, occurred_from, exploitation_type, victim_age_group, source_agency,
                source_reference, sources, sensitivity, cell_metres
            FROM seen_rows
            WHERE access = '{IncidentAccess.Full}' AND {ExactTime(sql, filter)}
                AND {sql.Spatial("location", filter.BoundingBox, filter.AreaId, filter.Within)}
            UNION ALL
            SELECT NULL, centre, shown_count(records, cell_key, threshold.value), true, month, NULL, NULL, NULL,
                NULL, NULL, 'official', cell_metres
            FROM (SELECT *, {IncidentAccess.CellCentre("col", "row", "cell_metres")} AS centre FROM counted) c,
                (SELECT suppression_threshold() AS value) threshold
            WHERE {IncidentAccess.CellInFilter(sql, filter, "centre")}) view
            """;
    }

    /// <summary>The first instant of the calendar month (UTC) holding <paramref name="at"/>.</summary>
    public static DateTimeOffset? MonthStart(DateTimeOffset? at) =>
        at is { } t ? new DateTimeOffset(t.UtcDateTime.Year, t.UtcDateTime.Month, 1, 0, 0, 0, TimeSpan.Zero) : null;

    /// <summary>The first instant after the calendar month holding the instant before <paramref name="at"/> (an end is exclusive).</summary>
    public static DateTimeOffset? MonthEnd(DateTimeOffset? at) =>
        at is { } t ? MonthStart(t.AddTicks(-1))!.Value.AddMonths(1) : null;

    /// <summary>A counted-only record is in the period when the month it began in is.</summary>
    private static string MonthTest(SqlConditions sql, IncidentFilter months)
    {
        var parts = new List<string> { "TRUE" };
        if (months.From is { } from) parts.Add($"occurred_from >= {sql.Parameter(from)}");
        if (months.To is { } to) parts.Add($"occurred_from < {sql.Parameter(to)}");
        return string.Join(" AND ", parts);
    }

    /// <summary>A record seen in full is in the period when its time overlaps it, to the second.</summary>
    private static string ExactTime(SqlConditions sql, IncidentFilter filter)
    {
        var parts = new List<string> { "TRUE" };
        if (filter.From is { } from) parts.Add($"coalesce(occurred_to, occurred_from) >= {sql.Parameter(from)}");
        if (filter.To is { } to) parts.Add($"occurred_from < {sql.Parameter(to)}");
        return string.Join(" AND ", parts);
    }
}
