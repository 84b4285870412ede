using Hotspots.Access;
using Hotspots.Database;
using Hotspots.Incidents;

namespace Hotspots.Tests.Incidents;

/// <summary>
/// The viewer's view as it was computed before counted_cells (d919d46 … 656b6da): every record's level worked out through
/// incident_access, the counted ones grouped per cell. Kept as the reference the class-counted view must equal.
/// </summary>
public static class RuleByRecord
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


    private static string MonthTest(SqlConditions sql, IncidentFilter months)
    {
        var parts = new List<string> { "TRUE" };
        if (months.From is { } from) parts.Add($"occurred_from >= {sql.Parameter(from)}");
        if (months.To is { } to) parts.Add($"occurred_from < {sql.Parameter(to)}");
        return string.Join(" AND ", parts);
    }

    private static string ExactTime(SqlConditions sql, IncidentFilter filter)
    {
        var parts = new List<string> { "TRUE" };
        if (filter.From is { } from) parts.Add($"coalesce(occurred_to, occurred_from) >= {sql.Parameter(from)}");
        if (filter.To is { } to) parts.Add($"occurred_from < {sql.Parameter(to)}");
        return string.Join(" AND ", parts);
    }

    private static DateTimeOffset? MonthStart(DateTimeOffset? at) => IncidentView.MonthStart(at);
    private static DateTimeOffset? MonthEnd(DateTimeOffset? at) => IncidentView.MonthEnd(at);
}
