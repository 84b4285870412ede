using Hotspots.Access;
using Hotspots.Database;
using Hotspots.Incidents;
using Npgsql;

namespace Hotspots.Analysis;

/// <summary>Counts per cell, counted in PostGIS; the ids are the frozen set of incidents a run used (null when not asked for).</summary>
public sealed record CountedCells(GridCounts Counts, long Incidents, bool Generalised, long[]? Ids, Sensitivity Classification);

/// <summary>
/// Counts the incidents a viewer may see per grid cell in the database (GROUP BY floor((x − x0)/c), floor((y − y0)/c)),
/// under the same access rules and placements as <see cref="AnalysisInputs"/>, so Gi* never reads the incidents themselves.
/// Each record's access level is worked out once (the rows near the place are kept with it); which of them are in the
/// place and where they count (a generalised record at its cell centre, the arithmetic of <c>cell_centre</c>) is then
/// decided on those rows.
/// </summary>
public sealed class CellCounts(ReadOnlyDatabase reads)
{
    /// <param name="grid">A fixed grid (a boundary's or an earlier run's); null: the spec's grid over the incidents' extent.</param>
    public async Task<CountedCells> Count(Viewer viewer, IncidentFilter filter, double cellSize, SquareGrid? grid, bool[]? analysed,
        bool withIds, CancellationToken cancel)
    {
        var sql = new SqlConditions();
        string c = sql.Parameter(cellSize);
        string x0 = grid is null ? $"floor(min(x) / {c}) * {c}" : sql.Parameter(grid.X0);
        string y0 = grid is null ? $"floor(min(y) / {c}) * {c}" : sql.Parameter(grid.Y0);
        await using var command = sql.Command(reads.DataSource, $"""
            WITH seen_rows AS MATERIALIZED (
                SELECT seen.id, seen.access, ST_X(seen.location) AS lx, ST_Y(seen.location) AS ly, seen.cell_metres AS cell,
                    seen.sensitivity = 'official_sensitive' AS marked
                FROM {IncidentAccess.Seen(sql, viewer, filter)} WHERE {IncidentAccess.Near(sql, filter)}),
            placed AS NOT MATERIALIZED (
                SELECT id, CASE access WHEN '{IncidentAccess.Full}' THEN lx ELSE floor(lx / cell) * cell + cell / 2 END AS x,
                    CASE access WHEN '{IncidentAccess.Full}' THEN ly ELSE floor(ly / cell) * cell + cell / 2 END AS y,
                    access = '{IncidentAccess.Generalised}' AS g, access = '{IncidentAccess.Full}' AND marked AS sensitive
                FROM seen_rows
                WHERE {IncidentAccess.InPlace(sql, filter, "access", "ST_SetSRID(ST_MakePoint(lx, ly), 27700)",
                    IncidentAccess.CellCentre("floor(lx / cell)", "floor(ly / cell)", "cell"))}),
            extent AS (
                SELECT {x0} AS x0, {y0} AS y0, min(x) AS min_x, min(y) AS min_y, max(x) AS max_x, max(y) AS max_y,
                    count(*) AS n, coalesce(bool_or(g), false) AS g, coalesce(bool_or(sensitive), false) AS sensitive, {(withIds ? "array_agg(id)" : "NULL::bigint[]")} AS ids
                FROM placed),
            cells AS (
                SELECT floor((x - e.x0) / {c})::int AS col, floor((y - e.y0) / {c})::int AS row, count(*)::int AS n
                FROM placed, extent e GROUP BY 1, 2)
            SELECT e.n, e.g, e.sensitive, e.min_x, e.min_y, e.max_x, e.max_y, c.cols, c.rows, c.counts, e.ids
            FROM extent e, (SELECT array_agg(col) AS cols, array_agg(row) AS rows, array_agg(n) AS counts FROM cells) c
            """);
        await using var r = await command.ExecuteStreamingReaderAsync(cancel);
        await r.ReadAsync(cancel);
        long incidents = r.GetInt64(0);
        if (incidents == 0)
            throw new AnalysisInputException("No incidents you may see match the filter: widen the period, types or area.");
        bool generalised = r.GetBoolean(1), sensitive = r.GetBoolean(2);
        grid ??= SquareGrid.Covering(new Extent(r.GetDouble(3), r.GetDouble(4), r.GetDouble(5), r.GetDouble(6)), cellSize);
        var counts = new double[grid.CellCount];
        int[] cols = r.GetFieldValue<int[]>(7), rows = r.GetFieldValue<int[]>(8), n = r.GetFieldValue<int[]>(9);
        for (int i = 0; i < cols.Length; i++)
            if (grid.Contains(cols[i], rows[i])) counts[rows[i] * grid.Cols + cols[i]] += n[i];
        // Sorted here rather than by the database, whose sort of a million ids spilt to disk.
        var ids = r.IsDBNull(10) ? null : r.GetFieldValue<long[]>(10);
        if (ids is not null) Array.Sort(ids);
        return new CountedCells(new GridCounts(grid, counts, analysed), incidents, generalised, ids,
            sensitive ? Sensitivity.OfficialSensitive : Sensitivity.Official);
    }
}
