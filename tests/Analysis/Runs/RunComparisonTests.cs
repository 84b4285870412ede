using System.Text.Json.Nodes;
using Hotspots.Tests.Api;

namespace Hotspots.Tests.Analysis.Runs;

/// <summary>A run on the first half of 2024 reopened against a newer run on early 2025, through /graphql on PostGIS.</summary>
public sealed class RunComparisonTests(DatedIncidentsFixture app) : IClassFixture<DatedIncidentsFixture>
{
    private const string FirstHalf2024 = "{ from: \"2024-01-01T00:00:00Z\", to: \"2024-07-01T00:00:00Z\" }";
    private const string Early2025 = "{ from: \"2025-01-01T00:00:00Z\", to: \"2025-04-01T00:00:00Z\" }";
    private const string Comparison = "newlyHot noLongerHot stayedHot cellSize summary cells hotspots { earlierNumber laterNumber change earlierAreaKm2 laterAreaKm2 areaChangeKm2 centroidShiftMetres savedAreaId }";

    private static async Task<JsonNode> Run(HttpClient client, string method, string filter, int cellSize = 200) =>
        (await client.Data($"mutation {{ runAnalysis(request: {{ method: {method}, cellSize: {cellSize}, distanceBand: 600, filter: {filter} }}) {{ id cells hotspots {{ number areaKm2 }} }} }}"))["runAnalysis"]!;

    private static int HotCells(JsonNode run) =>
        run["cells"]!["features"]!.AsArray().Count(f => f!["properties"]!["bin"]!.GetValue<int>() >= 2);

    [Fact]
    public async Task A_reopened_run_against_a_newer_one_says_which_cells_changed_and_what_became_of_each_hotspot()
    {
        using var police = await app.SignedIn("analyst.police");
        var earlier = await Run(police, "GI_STAR", FirstHalf2024);
        var later = await Run(police, "GI_STAR", Early2025);
        var saved = (await police.Data($"mutation {{ saveHotspot(runId: {earlier["id"]}, number: 1, name: \"Cluster\") {{ id }} }}"))["saveHotspot"]!["id"]!.GetValue<string>();

        var comparison = (await police.Data($"{{ compareAnalysisRuns(earlierRunId: {earlier["id"]}, laterRunId: {later["id"]}) {{ {Comparison} }} }}"))["compareAnalysisRuns"]!;
        int newlyHot = comparison["newlyHot"]!.GetValue<int>(), noLonger = comparison["noLongerHot"]!.GetValue<int>(), stayed = comparison["stayedHot"]!.GetValue<int>();
        Assert.True(stayed >= 1, "the cluster's cell is hot in both periods");
        Assert.Equal(HotCells(earlier), stayed + noLonger);
        Assert.Equal(HotCells(later), stayed + newlyHot);
        var changes = comparison["cells"]!["features"]!.AsArray().Select(f => f!["properties"]!).ToList();
        Assert.Equal(newlyHot + noLonger + stayed, changes.Count);
        foreach (var cell in changes)
        {
            bool wasHot = cell["earlierBin"]?.GetValue<int>() >= 2, isHot = cell["laterBin"]?.GetValue<int>() >= 2;
            Assert.Equal((wasHot, isHot) switch { (true, true) => "STAYED_HOT", (true, false) => "NO_LONGER_HOT", _ => "NEWLY_HOT" }, cell["change"]!.GetValue<string>());
        }

        // The cluster stays where it was, so hotspot 1 is matched, not gone, and its centre moved less than a cell.
        var first = comparison["hotspots"]!.AsArray().Single(h => h!["earlierNumber"]?.GetValue<int>() == 1)!;
        Assert.Contains(first["change"]!.GetValue<string>(), new[] { "GREW", "SHRANK", "UNCHANGED" });
        Assert.InRange(first["centroidShiftMetres"]!.GetValue<double>(), 0, 200);
        Assert.Equal(saved, first["savedAreaId"]!.GetValue<string>());
        Assert.Equal(first["laterAreaKm2"]!.GetValue<double>() - first["earlierAreaKm2"]!.GetValue<double>(), first["areaChangeKm2"]!.GetValue<double>(), 9);
        Assert.Contains($"{newlyHot} newly hot, {noLonger} no longer hot, {stayed} stayed hot", comparison["summary"]![0]!.GetValue<string>());
        Assert.Equal(1, await app.Scalar<long>("SELECT count(*) FROM audit_log WHERE action = 'compare analysis runs' AND subject = $1", $"analysis:{earlier["id"]}"));
    }

    [Fact]
    public async Task Runs_on_different_grids_in_the_wrong_order_without_a_grid_or_out_of_reach_are_refused_clearly()
    {
        using var police = await app.SignedIn("analyst.police");
        var earlier = await Run(police, "GI_STAR", FirstHalf2024);
        var coarser = await Run(police, "GI_STAR", Early2025, cellSize: 250);
        var later = await Run(police, "GI_STAR", Early2025);
        var clusters = (await police.Data("mutation { runAnalysis(request: { method: DBSCAN }) { id } }"))["runAnalysis"]!["id"]!;
        // A partner's run counted records the police analyst sees in full, but on generalised places: not one to reopen.
        using var partner = await app.SignedIn("partner.health");
        var partnerRun = (await partner.Data("mutation { runAnalysis(request: { method: GI_STAR }) { id } }"))["runAnalysis"]!["id"]!;

        async Task<string> Refusal(object first, object second) =>
            (await police.Post($"{{ compareAnalysisRuns(earlierRunId: {first}, laterRunId: {second}) {{ newlyHot }} }}")).Body.FirstError();
        Assert.Contains($"run {earlier["id"]} used 200 m cells and run {coarser["id"]} 250 m cells", await Refusal(earlier["id"]!, coarser["id"]!));
        Assert.Contains("give the earlier run first", await Refusal(later["id"]!, earlier["id"]!));
        Assert.Contains($"Run {clusters} has no Gi* grid to compare", await Refusal(earlier["id"]!, clusters));
        Assert.Contains($"There is no analysis run {partnerRun} you may open", await Refusal(earlier["id"]!, partnerRun));
        Assert.Contains("choose a newer run", await Refusal(earlier["id"]!, earlier["id"]!));
    }
}
