using Hotspots.Access;
using Hotspots.Database;

namespace Hotspots.Incidents;

/// <summary>
/// The incidents one viewer may see, as SQL: every row carries its access level from the database function
/// incident_access, and a generalised location (the centre of its grid cell) for those who may only count.
/// </summary>
public static class IncidentAccess
{
    public const string Full = "full";
    public const string Generalised = "generalised";
    public const string Signpost = "signpost";

    /// <summary>
    /// A FROM item named <c>seen</c> with the incidents' columns plus <c>access</c>, <c>cell_centre</c> and the side of the
    /// generalisation cell, <c>cell_metres</c> (so a query can count per cell before it builds any cell centre), one row per
    /// report: of reports linked across agencies only the group's representative is kept (see <see cref="Representative"/>),
    /// so counts, the map, lists and every analysis count a linked group once.
    /// </summary>
    public static string Seen(SqlConditions sql, Viewer viewer, IncidentFilter filter) => From(sql, viewer, filter, onePerReport: true);

    /// <summary>As <see cref="Seen"/> but every record, linked or not: for one agency's own records, one record by id, and signposts.</summary>
    public static string EachRecord(SqlConditions sql, Viewer viewer, IncidentFilter filter) => From(sql, viewer, filter, onePerReport: false);

    /// <summary>
    /// As <see cref="Seen"/> but only records of linked report groups: the part of the view decided record by record,
    /// as a group's representative depends on the viewer (the rest is counted ahead per access class, <see cref="IncidentView"/>).
    /// </summary>
    public static string Linked(SqlConditions sql, Viewer viewer, IncidentFilter filter) =>
        From(sql, viewer, filter, onePerReport: true, linkedOnly: true);

    private static string From(SqlConditions sql, Viewer viewer, IncidentFilter filter, bool onePerReport, bool linkedOnly = false)
    {
        var rights = new Rights(sql.Parameter(viewer.Username), sql.Parameter(viewer.Agency), sql.Parameter(Codes.Of(viewer.Role)));
        var where = NonSpatial(sql, filter, "i");
        if (linkedOnly) where += " AND i.linked_group IS NOT NULL";
        if (onePerReport) where += $" AND {Representative(sql, filter, rights)}";
        return $"""
            (SELECT i.*, {rights.Of("i")} AS access, {Sources(rights)} AS sources,
                ST_SetSRID(ST_MakePoint(floor(ST_X(i.location) / p.cell) * p.cell + p.cell / 2,
                    floor(ST_Y(i.location) / p.cell) * p.cell + p.cell / 2), 27700) AS cell_centre, p.cell AS cell_metres
             FROM incidents i, (SELECT value::float8 AS cell FROM access_policy WHERE key = 'generalised_cell_metres') p,
                viewer_rights({rights.Username}, {rights.Agency}) r
             WHERE {where}) seen
            """;
    }

    /// <summary>The viewer as parameters, and incident_access for a record under their rights (r, from viewer_rights).</summary>
    private sealed record Rights(string Username, string Agency, string Role)
    {
        public string Of(string record) => $"""
            incident_access({record}.id, {record}.source_agency, {record}.sensitivity, {record}.agreement_reference,
                {Agency}, {Role}, r.opened, r.granted, r.agreements, r.assigned)
            """;

        /// <summary>Sorts a group's records best first: seen best, located most precisely, reported earliest.</summary>
        public string Rank(string record) => $"""
            (CASE {Of(record)} WHEN '{Full}' THEN 0 WHEN '{Generalised}' THEN 1 WHEN '{Signpost}' THEN 2 ELSE 3 END,
             CASE {record}.location_precision WHEN 'exact' THEN 0 WHEN 'postcode' THEN 1 WHEN 'street' THEN 2 ELSE 3 END,
             coalesce({record}.reported_on, 'infinity'::date), {record}.occurred_from, {record}.id)
            """;
    }

    /// <summary>
    /// A linked group is represented, for each viewer, by the member of it that matches the filter and that the viewer
    /// sees best (in full before counted-only before signposted), then the most precisely located, then the earliest
    /// reported. So a viewer who may see one of the records counts that one, one who may see both counts one, and
    /// the representative never reveals a record the viewer may not see. Unlinked records (linked_group NULL) pass at
    /// once; the outranked members are found once per query (a hashed NOT IN, not a sub-query per row, which also kept
    /// the planner's estimate low enough not to JIT-optimise every analysis query: docs/benchmarks.md).
    /// </summary>
    private static string Representative(SqlConditions sql, IncidentFilter filter, Rights rights) => $"""
        (i.linked_group IS NULL OR i.id NOT IN (
            SELECT o.id FROM incidents o JOIN incidents b ON b.linked_group = o.linked_group AND b.id <> o.id,
                viewer_rights({rights.Username}, {rights.Agency}) r
            WHERE o.linked_group IS NOT NULL AND {NonSpatial(sql, filter, "b")} AND {rights.Rank("b")} < {rights.Rank("o")}))
        """;

    /// <summary>
    /// The records of a linked group the viewer may know of, as JSON (null for a record never linked): agency, and the
    /// id and reference only of those seen in full. Records the viewer may only be signposted to are left out, as
    /// signposts are never placed finer than a ward and a month and a link would place them at this report.
    /// </summary>
    private static string Sources(Rights rights) => $"""
        CASE WHEN i.linked_group IS NOT NULL THEN (
            SELECT json_agg(json_build_object('id', CASE WHEN s.access = '{Full}' THEN s.id END, 'agency', s.source_agency,
                'reference', CASE WHEN s.access = '{Full}' THEN s.source_reference END) ORDER BY s.occurred_from, s.id)::text
            FROM (SELECT o.id, o.source_agency, o.source_reference, o.occurred_from, {rights.Of("o")} AS access
                  FROM incidents o WHERE o.linked_group = i.linked_group) s
            WHERE s.access IN ('{Full}', '{Generalised}')) END
        """;

    /// <summary>The small-number threshold, from the one definition in need_to_know.sql.</summary>
    public const string SuppressBelow = "suppression_threshold()";

    /// <summary>The filter's time (to the second), types, age groups and agencies on the records of alias <paramref name="i"/>.</summary>
    public static string NonSpatial(SqlConditions sql, IncidentFilter filter, string i)
    {
        var parts = new List<string> { "TRUE" };
        if (filter.From is { } from) parts.Add($"coalesce({i}.occurred_to, {i}.occurred_from) >= {sql.Parameter(from)}");
        if (filter.To is { } to) parts.Add($"{i}.occurred_from < {sql.Parameter(to)}");
        if (filter.ExploitationTypes is { Count: > 0 } types) parts.Add($"{i}.exploitation_type = ANY({sql.Parameter(Codes.Of(types))})");
        if (filter.VictimAgeGroups is { Count: > 0 } ages) parts.Add($"{i}.victim_age_group = ANY({sql.Parameter(Codes.Of(ages))})");
        if (filter.SourceAgencies is { Count: > 0 } agencies) parts.Add($"{i}.source_agency = ANY({sql.Parameter(agencies.ToArray())})");
        return string.Join(" AND ", parts);
    }

    /// <summary>Full records are filtered on where they are; generalised ones only on their cell, so a window cannot find a point.</summary>
    public static string InFilter(SqlConditions sql, IncidentFilter filter) =>
        $"{Near(sql, filter)} AND {InPlace(sql, filter, "seen.access", "seen.location", "seen.cell_centre")}";

    /// <summary>
    /// The exact part of <see cref="InFilter"/> on columns of the caller's choosing, for a query that first keeps the
    /// records <see cref="Near"/> the place with their access level and then decides on those rows.
    /// </summary>
    // Each mention of seen.access repeats incident_access for every row (PostgreSQL inlines it, it does not share it), so
    // the access level is named once, as the CASE's operand.
    public static string InPlace(SqlConditions sql, IncidentFilter filter, string access, string location, string cellCentre) =>
        $"""
        CASE {access} WHEN '{Full}' THEN {sql.Spatial(location, filter.BoundingBox, filter.AreaId, filter.Within)}
            WHEN '{Generalised}' THEN {sql.Spatial(cellCentre, filter.BoundingBox, filter.AreaId, filter.Within)} ELSE false END
        """;

    /// <summary>
    /// Like <see cref="InFilter"/> for full records, but generalised ones only near the place: a query that counts them per
    /// cell then keeps the cells whose centre is in the place (<see cref="CellInFilter"/>), testing each cell once, not each record.
    /// </summary>
    public static string InFilterByCell(SqlConditions sql, IncidentFilter filter) =>
        $"""
        {Near(sql, filter)} AND CASE seen.access WHEN '{Full}' THEN {sql.Spatial("seen.location", filter.BoundingBox, filter.AreaId, filter.Within)}
            WHEN '{Generalised}' THEN TRUE ELSE false END
        """;

    /// <summary>The generalisation cell of a record as two numbers (column and row on the National Grid), to count by.</summary>
    public static string CellColumn(string seen) => $"floor(ST_X({seen}.location) / {seen}.cell_metres)";

    /// <inheritdoc cref="CellColumn"/>
    public static string CellRow(string seen) => $"floor(ST_Y({seen}.location) / {seen}.cell_metres)";

    /// <summary>The centre of cell (<paramref name="column"/>, <paramref name="row"/>): the same point as <c>seen.cell_centre</c>.</summary>
    public static string CellCentre(string column, string row, string cellMetres) =>
        $"ST_SetSRID(ST_MakePoint({column} * {cellMetres} + {cellMetres} / 2, {row} * {cellMetres} + {cellMetres} / 2), 27700)";

    /// <summary>Whether a cell centre is in the filter's place: the test <see cref="InFilter"/> makes of each generalised record.</summary>
    public static string CellInFilter(SqlConditions sql, IncidentFilter filter, string centre) =>
        sql.Spatial(centre, filter.BoundingBox, filter.AreaId, filter.Within);

    private const string CellMetres = "(SELECT value::float8 FROM access_policy WHERE key = 'generalised_cell_metres')";

    /// <summary>
    /// A looser test on the exact location that the spatial index answers (a cell centre is within one cell side of
    /// its records), so a map window reads only the rows near it; <see cref="InFilter"/> then decides exactly.
    /// </summary>
    public static string Near(SqlConditions sql, IncidentFilter filter)
    {
        var parts = new List<string> { "TRUE" };
        if (filter.BoundingBox is { } box)
            parts.Add($"seen.location && ST_Expand(ST_Transform(ST_MakeEnvelope({sql.Parameter(box.MinX)}, {sql.Parameter(box.MinY)}, " +
                $"{sql.Parameter(box.MaxX)}, {sql.Parameter(box.MaxY)}, {sql.Parameter(box.Srid)}), 27700), {CellMetres})");
        if (filter.AreaId is { } area)
            parts.Add($"ST_DWithin(seen.location, (SELECT boundary FROM areas WHERE id = {sql.Parameter(area)}), {CellMetres})");
        if (filter.Within is { } within)
            parts.Add($"ST_DWithin(seen.location, ST_Transform({sql.Parameter(within)}, 27700), {CellMetres})");
        return string.Join(" AND ", parts);
    }
}
