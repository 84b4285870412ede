using System.Text.Json;
using Hotspots.Access;
using Hotspots.Incidents;

namespace Hotspots.Analysis;

/// <summary>How well a run's hotspots (cells at 95 % or more) caught the incidents of a later period.</summary>
public sealed record HotspotEvaluation(long RunId, IReadOnlyList<AnalysisParameter> Parameters, SuppressedCount LaterInHotspots,
    SuppressedCount LaterIncidents, double HotspotKm2, double StudyKm2, Measure Pai, Measure Rri, IReadOnlyList<string> Explanation);

/// <summary>
/// PAI and RRI of a saved Gi* run against a later period, counted in the database on the run's own grid from the
/// viewer's view of the later period (records in full, counted cells at the count their map shows, withheld cells
/// adding nothing), so every figure is one the viewer could add up from their map.
/// </summary>
public sealed class HotspotEvaluations(AnalysisRunStore runs, CellCounts cellCounts)
{
    public async Task<HotspotEvaluation> Evaluate(Viewer viewer, long runId, IncidentFilter later, CancellationToken cancel)
    {
        var run = await runs.ById(viewer, runId, cancel) ?? throw new AnalysisInputException(AnalysisRunStore.NoneToOpen(runId));
        if (run.Result.Grid is not { } grid || run.Result.Cells is null)
            throw new AnalysisInputException($"Run {runId} has no Gi* grid to evaluate: only Gi* and optimised runs can be (run it again if it is older than evaluation).");
        if (grid.Shape != "square")
            throw new AnalysisInputException($"Run {runId} used hexagons; PAI and RRI are counted on square grids only so far: run Gi* on squares to evaluate.");
        if (later.From is null || later.To is null)
            throw new AnalysisInputException("Give the later period's from and to: PAI and RRI compare the hotspots with incidents of a period after the run's.");
        var hot = HotCells(run.Result.Cells, grid);
        if (hot.Count == 0) throw new AnalysisInputException($"Run {runId} found no hotspots at 95 % confidence or more, so there is nothing to evaluate.");

        var counted = await cellCounts.Count(viewer, later, grid.CellSize, grid.Square, null, withIds: false, cancel);
        long inHotspots = hot.Sum(i => (long)counted.Counts.Counts[i]), all = (long)counted.Counts.Counts.Sum();
        var n = SuppressedCount.Exact(inHotspots);
        var total = SuppressedCount.Exact(all);
        double cellKm2 = grid.CellSize * grid.CellSize / 1e6, hotKm2 = hot.Count * cellKm2, studyKm2 = grid.AnalysedCells * cellKm2;
        double firstInHotspots = run.Result.Hotspots.Sum(h => h.Incidents);

        var pai = PredictionAccuracy.Index(inHotspots, all, hotKm2, studyKm2);
        var rri = RecaptureRate.Index(firstInHotspots, run.IncidentCount, inHotspots, all);

        var parameters = new RunParameters();
        parameters.Add("runId", runId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var p in run.Parameters) parameters.Add(p.Name, p.Value);
        parameters.Add("hotspotConfidence", "95 % (bin 2 or 3)");
        parameters.Add("laterFrom", later.From.Value.ToString("yyyy-MM-dd'T'HH:mm:ssK"));
        parameters.Add("laterTo", later.To.Value.ToString("yyyy-MM-dd'T'HH:mm:ssK"));
        parameters.Add("hotspotCells", hot.Count);
        parameters.Add("studyCells", grid.AnalysedCells);
        var explanation = new List<string>
        {
            $"The {hot.Count} cells of run {runId} that were hot at 95 % or more ({hotKm2:0.###} km² of the {studyKm2:0.###} km² analysed) " +
            $"held {n.Display} of the {total.Display} incidents you may see from {later.From:d MMM yyyy} to before {later.To:d MMM yyyy} on the same grid.",
            pai.Value is { } p1 ? $"PAI = (n/N)/(a/A) = {p1:0.##}: the hotspots caught {p1:0.##} times the share of incidents their share of the area would." : pai.Problem!,
            rri.Value is { } r1 ? $"RRI (Levine) = (n₂/n₁)/(N₂/N₁) = {r1:0.###} with n₁ = {firstInHotspots:0} of N₁ = {run.IncidentCount} incidents in the run itself: " +
                (r1 >= 1 ? "the hotspots held at least their earlier share." : "the hotspots held less than their earlier share.") : rri.Problem!,
        };
        return new HotspotEvaluation(runId, parameters.All, n, total, hotKm2, studyKm2, pai, rri, explanation);
    }

    private static List<int> HotCells(string cells, AnalysedGrid grid)
    {
        using var document = JsonDocument.Parse(cells);
        return document.RootElement.GetProperty("features").EnumerateArray().Select(f => f.GetProperty("properties"))
            .Where(p => p.GetProperty("bin").GetInt32() >= 2)
            .Select(p => p.GetProperty("row").GetInt32() * grid.Cols + p.GetProperty("col").GetInt32()).ToList();
    }
}
