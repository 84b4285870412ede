using Hotspots.Database;

namespace Hotspots.Incidents;

/// <summary>
/// The parts of the viewer's view read from the counts kept per access class (class_cells and counted_cells, migration 0038):
/// each class's level for the viewer, the few records an exception of theirs lifts out of their class (the overlay),
/// and the counted cells of the classes they may only count, narrowed to the filter at its grain (whole months, whole cells).
/// </summary>
public static class ClassCells
{
    /// <summary>The calendar month (UTC) an instant falls in, as counted_cells keeps it.</summary>
    public static string Month(string at) => $"date_trunc('month', {at} AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'";

    /// <summary>
    /// CTEs <c>rights</c> (viewer_rights), <c>levels</c> (every access class with its level for the viewer, class_access),
    /// <c>full_classes</c> (the keys of the classes seen in full, as one array: a join to <c>levels</c> would be planned as a
    /// scan of incidents per class, its row count being unknown) and <c>overlay</c>: the unlinked records named by the viewer's exceptions whose level (incident_access, the rule
    /// itself) differs from their class's, with both levels.
    /// </summary>
    public static string Levels(string user, string agency, string role) => $"""
        rights AS MATERIALIZED (SELECT * FROM viewer_rights({user}, {agency})),
        levels AS MATERIALIZED (
            SELECT k.source_agency, k.sensitivity, k.agreement_reference,
                class_access(k.source_agency, k.sensitivity, k.agreement_reference, {agency}, {role}, r.agreements) AS level
            FROM access_classes k, rights r),
        full_classes AS MATERIALIZED (
            SELECT coalesce(array_agg({Key("levels")}), ARRAY[]::text[]) AS keys FROM levels WHERE level = '{IncidentAccess.Full}'),
        overlay AS MATERIALIZED (
            SELECT i.*, a.level, l.level AS class_level
            FROM incidents i, rights r, levels l, LATERAL (SELECT incident_access(i.id, i.source_agency, i.sensitivity,
                i.agreement_reference, {agency}, {role}, r.opened, r.granted, r.agreements, r.assigned) AS level) a
            WHERE i.id = ANY (r.opened || r.granted || r.assigned) AND i.linked_group IS NULL
                AND l.source_agency = i.source_agency AND l.sensitivity = i.sensitivity
                AND l.agreement_reference = coalesce(i.agreement_reference, '') AND a.level <> l.level)
        """;

    /// <summary>
    /// Rows (col, row, month, records, key_sum) of the classes the viewer may only count, in the filter's months, types,
    /// age groups and agencies, and in the columns and rows of cells whose centre may be in its place (CellInFilter decides).
    /// A read by place and agency alone reads class_cells (class × cell); one by time, type or age group, or by month,
    /// reads counted_cells, five times longer at a million records.
    /// </summary>
    public static string Counted(SqlConditions sql, IncidentFilter months, ViewGrain grain)
    {
        var parts = new List<string> { $"l.level = '{IncidentAccess.Generalised}'" };
        if (months.From is { } from) parts.Add($"c.month >= {sql.Parameter(from)}");
        if (months.To is { } to) parts.Add($"c.month < {sql.Parameter(to)}");
        if (months.ExploitationTypes is { Count: > 0 } types) parts.Add($"c.exploitation_type = ANY({sql.Parameter(Codes.Of(types))})");
        if (months.VictimAgeGroups is { Count: > 0 } ages) parts.Add($"c.victim_age_group = ANY({sql.Parameter(Codes.Of(ages))})");
        var fine = parts.Count > 1 || grain == ViewGrain.Month;
        if (months.SourceAgencies is { Count: > 0 } agencies) parts.Add($"c.source_agency = ANY({sql.Parameter(agencies.ToArray())})");
        // Each place's extent in cells, worked out once (MATERIALIZED): per row, a district's boundary would be read again.
        // Read through sub-selects, not joined, so the extent is known before class_cells is scanned and bounds the index
        // scan per class (joined, every class's cells in the district were read and then filtered: 127,433 rows for a
        // pan's 1,805 at a million, docs/benchmarks.md).
        var bounds = Places(sql, months).Select((place, i) => $"""
            bounds{i} AS MATERIALIZED (SELECT floor(ST_XMin(p) / policy.cell) - 1 AS col0, floor(ST_XMax(p) / policy.cell) + 1 AS col1,
                floor(ST_YMin(p) / policy.cell) - 1 AS row0, floor(ST_YMax(p) / policy.cell) + 1 AS row1 FROM (SELECT {place} AS p) place, policy)
            """).ToList();
        for (var i = 0; i < bounds.Count; i++)
            parts.Add($"c.col BETWEEN (SELECT col0 FROM bounds{i}) AND (SELECT col1 FROM bounds{i}) " +
                $"AND c.row BETWEEN (SELECT row0 FROM bounds{i}) AND (SELECT row1 FROM bounds{i})");
        return $"""
            {(bounds.Count > 0 ? "WITH " + string.Join(",\n", bounds) : "")}
            SELECT c.col, c.row, {(grain == ViewGrain.Month ? "c.month" : "NULL::timestamptz")} AS month, c.records, c.key_sum
            FROM {(fine ? "counted_cells" : "class_cells")} c JOIN levels l USING (source_agency, sensitivity, agreement_reference),
                policy
            WHERE {string.Join(" AND ", parts)}
            """;
    }

    /// <summary>An access class as one text, for <c>full_classes</c>: <paramref name="alias"/> has the three class columns.</summary>
    public static string Key(string alias) =>
        $"{alias}.source_agency || '|' || {alias}.sensitivity || '|' || coalesce({alias}.agreement_reference, '')";

    /// <summary>The filter's places in EPSG:27700, each bounding the cells whose centre may lie in it.</summary>
    private static IEnumerable<string> Places(SqlConditions sql, IncidentFilter filter)
    {
        if (filter.BoundingBox is { } box)
            yield return $"ST_Transform(ST_MakeEnvelope({sql.Parameter(box.MinX)}, {sql.Parameter(box.MinY)}, {sql.Parameter(box.MaxX)}, " +
                $"{sql.Parameter(box.MaxY)}, {sql.Parameter(box.Srid)}), 27700)";
        if (filter.AreaId is { } area) yield return $"(SELECT boundary FROM areas WHERE id = {sql.Parameter(area)})";
        if (filter.Within is { } within) yield return $"ST_Transform({sql.Parameter(within)}, 27700)";
    }
}
