using System.Globalization;
using System.Text.Json.Nodes;
using Hotspots.Access;
using Hotspots.Analysis;
using Hotspots.Incidents;
using Hotspots.Tests.Api;
using Microsoft.Extensions.DependencyInjection;

namespace Hotspots.Tests.Analysis.Runs;

public sealed class EmergingAndEvaluationTests(DatedIncidentsFixture app) : IClassFixture<DatedIncidentsFixture>
{
    // A box is the study area, so the grid covers the incidents as the command line's does (the district would be the default).
    private const string Before2025 = "filter: { to: \"2025-01-01T00:00:00Z\", " +
        "boundingBox: { minX: 400000, minY: 400000, maxX: 430000, maxY: 430000, crs: BRITISH_NATIONAL_GRID } }";
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    [Fact]
    public async Task Emerging_hot_spots_over_GraphQL_state_their_parameters_and_agree_with_the_command_line()
    {
        using var client = await app.SignedIn("analyst.police");
        var run = (await client.Data($$"""
            mutation { runAnalysis(request: { method: EMERGING, cellSize: 250, distanceBand: 750, timeStep: MONTH, {{Before2025}} }) {
                id incidentCount explanation parameters { name value } emerging } }
            """))["runAnalysis"]!;
        var parameters = run["parameters"]!.AsArray().ToDictionary(p => p!["name"]!.GetValue<string>(), p => p!["value"]!.GetValue<string>());
        Assert.Equal("month", parameters["timeStep"]);
        Assert.Equal("12", parameters["timeSteps"]);
        Assert.Equal("2024-01-10", parameters["firstStep"]);
        Assert.Equal(("1", "0.1", "true", "0.05"), (parameters["previousSteps"], parameters["hotSpotAlpha"], parameters["falseDiscoveryRate"], parameters["trendAlpha"]));
        Assert.Contains(run["explanation"]!.AsArray(), e => e!.GetValue<string>().Contains("Mann–Kendall"));

        var cells = run["emerging"]!["features"]!.AsArray().Select(f => f!["properties"]!).ToList();
        int col = (int)Math.Floor((DatedIncidentsFixture.ClusterX + 75 - Math.Floor(app.Before2025.Min(p => p.X) / 250) * 250) / 250);
        int row = (int)Math.Floor((DatedIncidentsFixture.ClusterY + 75 - Math.Floor(app.Before2025.Min(p => p.Y) / 250) * 250) / 250);
        var cluster = cells.Single(p => p!["col"]!.GetValue<int>() == col && p["row"]!.GetValue<int>() == row)!;
        Assert.EndsWith("HOT_SPOT", cluster["pattern"]!.GetValue<string>());
        Assert.True(cluster["trendZ"]!.GetValue<double>() > 0);

        // The command-line door on the same dated points gives the same pattern and trend for every cell.
        var folder = Directory.CreateTempSubdirectory().FullName;
        var csv = Path.Combine(folder, "dated.csv");
        await File.WriteAllLinesAsync(csv, app.Before2025.Select(p => $"{p.X.ToString("R", Invariant)},{p.Y.ToString("R", Invariant)},{p.Date:yyyy-MM-dd}").Prepend("x,y,date"));
        var output = Path.Combine(folder, "emerging.csv");
        Assert.Equal(0, AnalyseCommand.Run(["emerging", "--input", csv, "--cell-size", "250", "--distance-band", "750", "--time-step", "month", "--output", output], TextWriter.Null, TextWriter.Null));
        var lines = File.ReadLines(output).Skip(1).Select(l => l.Split(',')).ToDictionary(f => (int.Parse(f[0], Invariant), int.Parse(f[1], Invariant)));
        foreach (var cell in cells)
        {
            var line = lines[(cell!["col"]!.GetValue<int>(), cell["row"]!.GetValue<int>())];
            Assert.Equal(line[4].Replace(" ", "_").ToUpperInvariant().Replace("NO_PATTERN_DETECTED", "NO_PATTERN"), cell["pattern"]!.GetValue<string>());
            Assert.Equal(double.Parse(line[5], Invariant), cell["trendZ"]!.GetValue<double>(), 9);
        }
    }

    [Fact]
    public async Task A_2024_hotspot_map_is_evaluated_against_2025_with_PAI_and_RRI_from_the_counts_on_its_own_grid()
    {
        using var client = await app.SignedIn("analyst.police");
        var run = (await client.Data($"mutation {{ runAnalysis(request: {{ method: GI_STAR, cellSize: 200, distanceBand: 600, {Before2025} }}) {{ id incidentCount cells hotspots {{ incidents }} }} }}"))["runAnalysis"]!;
        var evaluation = (await client.Data($$"""
            { evaluateHotspots(runId: {{run["id"]}}, laterPeriod: { from: "2025-01-01T00:00:00Z", to: "2025-04-01T00:00:00Z" }) {
                parameters { name value } laterInHotspots { value } laterIncidents { value } hotspotKm2 studyKm2
                pai { name value problem } rri { name value problem } explanation } }
            """))["evaluateHotspots"]!;

        var grid = SquareGrid.Covering(new PointSet(app.Before2025.Select(p => p.X).ToArray(), app.Before2025.Select(p => p.Y).ToArray()), 200);
        var hot = run["cells"]!["features"]!.AsArray().Select(f => f!["properties"]!).Where(p => p!["bin"]!.GetValue<int>() >= 2)
            .Select(p => (p!["col"]!.GetValue<int>(), p["row"]!.GetValue<int>())).ToHashSet();
        var later = app.In2025.Select(p => (grid.ColOf(p.X), grid.RowOf(p.Y))).Where(c => grid.Contains(c.Item1, c.Item2)).ToList();
        double n = later.Count(hot.Contains), all = later.Count, a = hot.Count * 0.04, area = grid.CellCount * 0.04;
        Assert.Equal(n, evaluation["laterInHotspots"]!["value"]!.GetValue<double>());
        Assert.Equal(all, evaluation["laterIncidents"]!["value"]!.GetValue<double>());
        Assert.Equal(a, evaluation["hotspotKm2"]!.GetValue<double>(), 9);
        Assert.Equal(area, evaluation["studyKm2"]!.GetValue<double>(), 9);
        Assert.Equal(n / all / (a / area), evaluation["pai"]!["value"]!.GetValue<double>(), 9);
        double n1 = run["hotspots"]!.AsArray().Sum(h => h!["incidents"]!.GetValue<double>()), all1 = run["incidentCount"]!.GetValue<double>();
        Assert.Equal(n / n1 / (all / all1), evaluation["rri"]!["value"]!.GetValue<double>(), 9);
        Assert.Contains("Levine", evaluation["rri"]!["name"]!.GetValue<string>());
        Assert.True(evaluation["pai"]!["value"]!.GetValue<double>() > 10, "the cluster's cells should predict 2025 far above chance");
        var parameters = evaluation["parameters"]!.AsArray().Select(p => p!["name"]!.GetValue<string>()).ToList();
        Assert.Superset(new HashSet<string> { "runId", "cellSize", "distanceBand", "hotspotConfidence", "laterFrom", "laterTo" }, parameters.ToHashSet());

        var (_, missingPeriod) = await client.Post($"{{ evaluateHotspots(runId: {run["id"]}, laterPeriod: {{ from: \"2025-01-01T00:00:00Z\" }}) {{ studyKm2 }} }}");
        Assert.Contains("later period's from and to", missingPeriod.FirstError());
        var kde = (await client.Data("mutation { runAnalysis(request: { method: KERNEL_DENSITY }) { id } }"))["runAnalysis"]!;
        var (_, notGiStar) = await client.Post($"{{ evaluateHotspots(runId: {kde["id"]}, laterPeriod: {{ from: \"2025-01-01T00:00:00Z\", to: \"2025-04-01T00:00:00Z\" }}) {{ studyKm2 }} }}");
        Assert.Contains("no Gi* grid", notGiStar.FirstError());
    }

    [Theory]
    [InlineData("analyst.police", Role.Analyst, "police")]
    [InlineData("partner.health", Role.Partner, "health")]
    public async Task Cells_counted_in_PostGIS_equal_the_incidents_read_and_counted_in_memory(string username, Role role, string agency)
    {
        var viewer = new Viewer(username, role, agency);
        var filter = new IncidentFilter(ExploitationTypes: [ExploitationType.Labour]);
        var read = await app.Factory.Services.GetRequiredService<AnalysisInputs>().Load(viewer, filter, ViewGrain.Period, default);
        var inMemory = GridCounts.Count(read.Points, SquareGrid.Covering(read.Points, 200));
        var inDatabase = await app.Factory.Services.GetRequiredService<CellCounts>().Count(viewer, filter, 200, null, null, withIds: true, default);
        Assert.Equal(inMemory.Grid, inDatabase.Counts.Grid);
        Assert.Equal(inMemory.Counts, inDatabase.Counts.Counts);
        Assert.Equal(read.Ids, inDatabase.Ids);
        Assert.Equal(read.Generalised, inDatabase.Generalised);
    }
}
