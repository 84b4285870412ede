using Hotspots.Access;
using Hotspots.Database;

namespace Hotspots.Analysis;

/// <summary>What changed between a reopened run and a newer one on the same grid: cells and hotspots.</summary>
public sealed record RunComparison(long EarlierRunId, long LaterRunId, double CellSize, CellChangeCounts Cells,
    IReadOnlyList<HotspotComparison> Hotspots, IReadOnlyList<string> Summary);

/// <summary>Compares two Gi* or optimised runs the viewer may reopen, under the same rules as reopening them.</summary>
public sealed class RunComparisons(UnitOfWork units, AnalysisRunStore runs)
{
    public async Task<RunComparison> Compare(Viewer viewer, long earlierId, long laterId, CancellationToken cancel)
    {
        var earlier = await runs.ById(viewer, earlierId, cancel) ?? throw new AnalysisInputException(AnalysisRunStore.NoneToOpen(earlierId));
        var later = await runs.ById(viewer, laterId, cancel) ?? throw new AnalysisInputException(AnalysisRunStore.NoneToOpen(laterId));
        var grid = SameGrid(earlier, later);
        if (earlierId == laterId) throw new AnalysisInputException($"Both runs are run {earlierId}: choose a newer run to compare it with.");
        if (later.CreatedAt < earlier.CreatedAt)
            throw new AnalysisInputException($"Run {laterId} was made before run {earlierId}: give the earlier run first.");

        var cells = CellChanges.Between(earlier.Result.Cells!, later.Result.Cells!);
        var (overlaps, saved) = await units.Read(viewer, async work =>
            (await Overlaps(work, earlier.Result.Hotspots, later.Result.Hotspots), await SavedAreas(work, earlierId)), cancel);
        var hotspots = HotspotChanges.Between(earlier.Result.Hotspots, later.Result.Hotspots, overlaps, grid.CellSize, saved);
        return new RunComparison(earlierId, laterId, grid.CellSize, cells, hotspots, ComparisonSummary.Of(earlier, later, cells, hotspots));
    }

    /// <summary>The earlier run's grid, when the later run's cells lie on the same lattice of the same size.</summary>
    private static AnalysedGrid SameGrid(AnalysisRun earlier, AnalysisRun later)
    {
        foreach (var run in new[] { earlier, later })
            if (run.Result.Grid is null || run.Result.Cells is null)
                throw new AnalysisInputException($"Run {run.Id} has no Gi* grid to compare: only Gi* and optimised runs can be compared (run it again if it is older than comparison).");
        AnalysedGrid a = earlier.Result.Grid!, b = later.Result.Grid!;
        if (Math.Abs(a.CellSize - b.CellSize) > 1e-6)
            throw new AnalysisInputException($"The runs are on different grids: run {earlier.Id} used {a.CellSize:0.###} m cells and run {later.Id} {b.CellSize:0.###} m cells. " +
                $"Run Gi* again with a cell size of {a.CellSize:0.###} m to compare them.");
        static bool OnLattice(double offset, double cell) => Math.Abs(offset / cell - Math.Round(offset / cell)) < 1e-6;
        if (!OnLattice(a.X0 - b.X0, a.CellSize) || !OnLattice(a.Y0 - b.Y0, a.CellSize))
            throw new AnalysisInputException($"The runs are on different grids: the {a.CellSize:0.###} m cells of run {earlier.Id} and run {later.Id} are offset from each other, so no cell matches.");
        return a;
    }

    private static Task<List<HotspotOverlap>> Overlaps(Work work, IReadOnlyList<HotspotSummary> earlier, IReadOnlyList<HotspotSummary> later) => work.List("""
        WITH e AS (SELECT n, ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON(s), 4326), 27700) AS g FROM unnest($1::int[], $2::text[]) AS t(n, s)),
            l AS (SELECT n, ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON(s), 4326), 27700) AS g FROM unnest($3::int[], $4::text[]) AS t(n, s))
        SELECT e.n, l.n, ST_Area(ST_Intersection(e.g, l.g)), ST_Distance(ST_Centroid(e.g), ST_Centroid(l.g))
        FROM e JOIN l ON ST_Intersects(e.g, l.g)
        """, r => new HotspotOverlap(r.GetInt32(0), r.GetInt32(1), r.GetDouble(2), r.GetDouble(3)),
        earlier.Select(h => h.Number).ToArray(), earlier.Select(h => h.Shape).ToArray(), later.Select(h => h.Number).ToArray(), later.Select(h => h.Shape).ToArray());

    /// <summary>Hotspots of the earlier run saved as areas, by their number in the run (area code RUN-id-number).</summary>
    private static async Task<Dictionary<int, long>> SavedAreas(Work work, long runId) => (await work.List("""
        SELECT split_part(code, '-', 3)::int, id FROM areas WHERE kind = 'hotspot' AND analysis_run_id = $1 AND code LIKE 'RUN-%'
        """, r => (Number: r.GetInt32(0), Id: r.GetInt64(1)), runId)).ToDictionary(a => a.Number, a => a.Id);
}
