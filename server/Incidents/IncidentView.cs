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
        var month = grain == ViewGrain.Month ? ClassCells.Month("occurred_from") : "NULL::timestamptz";
        var (user, agency, role) = (sql.Parameter(viewer.Username), sql.Parameter(viewer.Agency), sql.Parameter(Codes.Of(viewer.Role)));
        string Place(string location) => sql.Spatial(location, filter.BoundingBox, filter.AreaId, filter.Within);
        const string Columns = "location, occurred_from, exploitation_type, victim_age_group, source_agency, source_reference";
        return $"""
            (WITH policy AS MATERIALIZED (SELECT value::float8 AS cell FROM access_policy WHERE key = 'generalised_cell_metres'),
            -- Once, not per cell: a filter on the shown count is pushed into the grouping, which would call it per group.
            threshold AS MATERIALIZED (SELECT suppression_threshold() AS value),
            {ClassCells.Levels(user, agency, role)},
            linked AS MATERIALIZED (
                SELECT seen.id, seen.access, seen.sources, seen.record_key, seen.sensitivity, seen.occurred_to, {Prefixed("seen.", Columns)}
                FROM {IncidentAccess.Linked(sql, viewer, months)} WHERE {IncidentAccess.Near(sql, filter)}),
            counted AS (
                SELECT col, row, month, sum(records) AS records, sum(key_sum)::bigint AS cell_key FROM (
                    ({ClassCells.Counted(sql, months, grain)})
                    UNION ALL
                    SELECT floor(ST_X(location) / policy.cell), floor(ST_Y(location) / policy.cell), {month},
                        CASE WHEN level = '{IncidentAccess.Generalised}' THEN 1 ELSE -1 END,
                        CASE WHEN level = '{IncidentAccess.Generalised}' THEN record_key ELSE -record_key END
                    FROM overlay o, policy
                    WHERE (level = '{IncidentAccess.Generalised}') <> (class_level = '{IncidentAccess.Generalised}')
                        AND {IncidentAccess.NonSpatial(sql, months, "o")} AND {MonthTest(sql, months)}
                    UNION ALL
                    SELECT floor(ST_X(location) / policy.cell), floor(ST_Y(location) / policy.cell), {month}, 1, record_key
                    FROM linked, policy WHERE access = '{IncidentAccess.Generalised}' AND {MonthTest(sql, months)}
                ) parts
                GROUP BY 1, 2, 3 HAVING sum(records) > 0)
            SELECT i.id, i.location, 1 AS n, false AS cell, i.occurred_from, i.exploitation_type, i.victim_age_group, i.source_agency,
                i.source_reference, NULL::text AS sources, i.sensitivity, policy.cell AS cell_metres
            FROM incidents i, full_classes f, policy
            WHERE {ClassCells.Key("i")} = ANY (f.keys) AND i.linked_group IS NULL AND i.id NOT IN (SELECT id FROM overlay)
                -- Uncorrelated, so planned as a one-time test: a viewer with no class in full never scans incidents here.
                AND EXISTS (SELECT FROM full_classes WHERE cardinality(keys) > 0)
                AND {IncidentAccess.NonSpatial(sql, filter, "i")} AND {Place("i.location")}
            UNION ALL
            SELECT id, location, 1, false, occurred_from, exploitation_type, victim_age_group, source_agency, source_reference,
                NULL, sensitivity, policy.cell
            FROM overlay o, policy
            WHERE level = '{IncidentAccess.Full}' AND {IncidentAccess.NonSpatial(sql, filter, "o")} AND {Place("o.location")}
            UNION ALL
            SELECT id, location, 1, false, occurred_from, exploitation_type, victim_age_group, source_agency, source_reference,
                sources, sensitivity, policy.cell
            FROM linked, policy WHERE access = '{IncidentAccess.Full}' AND {ExactTime(sql, filter)} AND {Place("location")}
            UNION ALL
            SELECT NULL, centre, shown_count(records, cell_key, threshold.value), true, month, NULL, NULL, NULL,
                NULL, NULL, 'official', cell
            FROM (SELECT counted.*, policy.cell, {IncidentAccess.CellCentre("col", "row", "policy.cell")} AS centre FROM counted, policy) c,
                threshold
            WHERE {IncidentAccess.CellInFilter(sql, filter, "centre")}) view
            """;
    }

    private static string Prefixed(string prefix, string columns) => string.Join(", ", columns.Split(", ").Select(c => prefix + c));

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
