using Hotspots.Access;
using Hotspots.Database;
using Hotspots.Incidents;
using Npgsql;

namespace Hotspots.Analysis;

/// <summary>Counts per cell of the viewer's view; the ids and cells are the frozen inputs the run used (ids null when not asked for).</summary>
public sealed record CountedCells(GridCounts Counts, long Incidents, UsedCells Cells, long[]? Ids, Sensitivity Classification)
{
    public bool Generalised => Cells.N.Length > 0;
}

/// <summary>
/// Counts the viewer's view per grid cell in the database (GROUP BY floor((x − x0)/c), floor((y − y0)/c)): each record
/// they see in full at its place, each counted cell at its centre with the count it shows; withheld cells add nothing.
/// So Gi* is computed on exactly what the viewer's map shows and never reads the incidents behind a counted cell.
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
        var select = $"""
            WITH placed AS MATERIALIZED (
                SELECT id, ST_X(location) AS x, ST_Y(location) AS y, n, cell, sensitivity = 'official_sensitive' AS sensitive
                FROM {IncidentView.Of(sql, viewer, filter)} WHERE n IS NOT NULL),
            extent AS (
                SELECT {x0} AS x0, {y0} AS y0, min(x) AS min_x, min(y) AS min_y, max(x) AS max_x, max(y) AS max_y,
                    coalesce(sum(n), 0) AS n, coalesce(bool_or(sensitive), false) AS sensitive,
                    {(withIds ? "array_agg(id) FILTER (WHERE NOT cell)" : "NULL::bigint[]")} AS ids,
                    array_agg(x) FILTER (WHERE cell) AS cell_x, array_agg(y) FILTER (WHERE cell) AS cell_y, array_agg(n) FILTER (WHERE cell) AS cell_n
                FROM placed),
            cells AS (
                SELECT floor((x - e.x0) / {c})::int AS col, floor((y - e.y0) / {c})::int AS row, sum(placed.n)::int AS n
                FROM placed, extent e GROUP BY 1, 2)
            SELECT e.n, e.sensitive, e.min_x, e.min_y, e.max_x, e.max_y, c.cols, c.rows, c.counts, e.ids, e.cell_x, e.cell_y, e.cell_n
            FROM extent e, (SELECT array_agg(col) AS cols, array_agg(row) AS rows, array_agg(n) AS counts FROM cells) c
            """;
        return await reads.Read(viewer, async work =>
        {
            await using var command = work.Command(select, sql);
            await using var r = await command.ExecuteStreamingReaderAsync(work.Cancel);
            await r.ReadAsync(work.Cancel);
            return Read(r, grid, cellSize, analysed, withIds);
        }, cancel);
    }

    private static CountedCells Read(NpgsqlDataReader r, SquareGrid? grid, double cellSize, bool[]? analysed, bool withIds)
    {
        long incidents = r.GetInt64(0);
        if (incidents == 0)
            throw new AnalysisInputException("No incidents you may see match the filter: widen the period, types or area.");
        bool sensitive = r.GetBoolean(1);
        grid ??= SquareGrid.Covering(new Extent(r.GetDouble(2), r.GetDouble(3), r.GetDouble(4), r.GetDouble(5)), cellSize);
        var counts = new double[grid.CellCount];
        int[] cols = r.GetFieldValue<int[]>(6), rows = r.GetFieldValue<int[]>(7), n = r.GetFieldValue<int[]>(8);
        for (int i = 0; i < cols.Length; i++)
            if (grid.Contains(cols[i], rows[i])) counts[rows[i] * grid.Cols + cols[i]] += n[i];
        // Sorted here rather than by the database, whose sort of a million ids spilt to disk.
        long[]? ids = r.IsDBNull(9) ? (withIds ? [] : null) : r.GetFieldValue<long[]>(9);
        if (ids is not null) Array.Sort(ids);
        var used = r.IsDBNull(10) ? UsedCells.None
            : new UsedCells(r.GetFieldValue<double[]>(10), r.GetFieldValue<double[]>(11), r.GetFieldValue<int[]>(12));
        return new CountedCells(new GridCounts(grid, counts, analysed), incidents, used, ids,
            sensitive ? Sensitivity.OfficialSensitive : Sensitivity.Official);
    }
}
