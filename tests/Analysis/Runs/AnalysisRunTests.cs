using System.Globalization;
using System.Text.Json.Nodes;
using Hotspots.Analysis;
using Hotspots.Tests.Api;

namespace Hotspots.Tests.Analysis.Runs;

public sealed class AnalysisRunTests(AnalysisRunFixture app) : IClassFixture<AnalysisRunFixture>
{
    private const string RunFields = "id method incidentCount generalised explanation parameters { name value } cells hotspots { number incidents areaKm2 peakZ shape } density { columns rows maximum perKm2 } clusters";

    private const string Box = "filter: { boundingBox: { minX: 400000, minY: 400000, maxX: 430000, maxY: 430000, crs: BRITISH_NATIONAL_GRID } }";

    private static async Task<JsonNode> Run(HttpClient client, string request) =>
        (await client.Data($"mutation {{ runAnalysis(request: {request}) {{ {RunFields} }} }}"))["runAnalysis"]!;

    [Fact]
    public async Task Gi_star_over_GraphQL_finds_the_cluster_saves_the_run_and_agrees_with_the_command_line()
    {
        using var client = await app.SignedIn("analyst.police");
        // A box is the study area, so the grid covers the incidents as the command line's does (the district would be the default).
        var run = await Run(client, $"{{ method: GI_STAR, cellSize: 200, distanceBand: 600, {Box} }}");
        Assert.Equal(300, run["incidentCount"]!.GetValue<int>());
        var hotspot = run["hotspots"]!.AsArray().MaxBy(h => h!["incidents"]!.GetValue<double>());
        Assert.InRange(hotspot!["incidents"]!.GetValue<double>(), 60, 80);
        Assert.Equal("Polygon", hotspot["shape"]!["type"]!.GetValue<string>());

        var cells = run["cells"]!["features"]!.AsArray().Select(f => f!["properties"]!).ToList();
        var hottest = cells.MaxBy(p => p!["z"]!.GetValue<double>())!;
        Assert.Equal(3, hottest["bin"]!.GetValue<int>());

        // The command-line door on the same points gives the same z for the same cell.
        var folder = Directory.CreateTempSubdirectory().FullName;
        var csv = Path.Combine(folder, "points.csv");
        await File.WriteAllLinesAsync(csv, app.Points.Select(p => $"{p.X.ToString("R", CultureInfo.InvariantCulture)},{p.Y.ToString("R", CultureInfo.InvariantCulture)}").Prepend("x,y"));
        Assert.Equal(0, AnalyseCommand.Run(["gistar", "--input", csv, "--cell-size", "200", "--distance-band", "600", "--output", Path.Combine(folder, "cells.csv")], TextWriter.Null, TextWriter.Null));
        var line = File.ReadLines(Path.Combine(folder, "cells.csv")).Skip(1).Select(l => l.Split(','))
            .Single(f => f[0] == hottest["col"]!.ToString() && f[1] == hottest["row"]!.ToString());
        Assert.Equal(double.Parse(line[5], CultureInfo.InvariantCulture), hottest["z"]!.GetValue<double>(), 9);

        var reopened = (await client.Data($"{{ analysisRun(id: {run["id"]}) {{ {RunFields} }} }}"))["analysisRun"]!;
        Assert.Equal(run.ToJsonString(), reopened.ToJsonString());
    }

    [Fact]
    public async Task Gi_star_on_hexagons_draws_hexagons_says_so_and_agrees_with_the_command_line()
    {
        using var client = await app.SignedIn("analyst.police");
        var run = await Run(client, $"{{ method: GI_STAR, cellSize: 200, distanceBand: 600, grid: HEXAGON, {Box} }}");
        Assert.Contains(run["parameters"]!.AsArray(), p => p!["name"]!.GetValue<string>() == "grid" && p["value"]!.GetValue<string>() == "hexagon");
        Assert.Contains("hexagons 200 m apart centre to centre", run["explanation"]!.ToJsonString());
        var features = run["cells"]!["features"]!.AsArray();
        Assert.Equal(300, features.Sum(f => f!["properties"]!["count"]!.GetValue<double>()));
        Assert.All(features, f => Assert.Equal(7, f!["geometry"]!["coordinates"]![0]!.AsArray().Count));
        var hottest = features.Select(f => f!["properties"]!).MaxBy(p => p!["z"]!.GetValue<double>())!;
        Assert.Equal(3, hottest["bin"]!.GetValue<int>());
        Assert.Equal("Polygon", run["hotspots"]![0]!["shape"]!["type"]!.GetValue<string>());

        var folder = Directory.CreateTempSubdirectory().FullName;
        var csv = Path.Combine(folder, "points.csv");
        await File.WriteAllLinesAsync(csv, app.Points.Select(p => $"{p.X.ToString("R", CultureInfo.InvariantCulture)},{p.Y.ToString("R", CultureInfo.InvariantCulture)}").Prepend("x,y"));
        Assert.Equal(0, AnalyseCommand.Run(["gistar", "--input", csv, "--cell-size", "200", "--distance-band", "600", "--grid", "hexagon", "--output", Path.Combine(folder, "cells.csv")], TextWriter.Null, TextWriter.Null));
        var line = File.ReadLines(Path.Combine(folder, "cells.csv")).Skip(1).Select(l => l.Split(','))
            .Single(f => f[0] == hottest["col"]!.ToString() && f[1] == hottest["row"]!.ToString());
        Assert.Equal(double.Parse(line[5], CultureInfo.InvariantCulture), hottest["z"]!.GetValue<double>(), 9);
    }

    [Fact]
    public async Task A_partner_s_analysis_runs_on_generalised_incidents_and_withholds_small_cell_counts()
    {
        using var client = await app.SignedIn("partner.health");
        var run = await Run(client, "{ method: GI_STAR }");
        Assert.True(run["generalised"]!.GetValue<bool>());
        Assert.Contains(run["explanation"]!.AsArray(), e => e!.GetValue<string>().Contains("only count"));
        // Every count is a sum of cells the partner's map shows (5 or more each); withheld cells add nothing.
        var counts = run["cells"]!["features"]!.AsArray().Select(f => f!["properties"]!["count"]).ToList();
        Assert.DoesNotContain(counts, c => c is null);
        Assert.DoesNotContain(counts, c => c is JsonValue v && v.GetValue<double>() is > 0 and < 5);
    }

    [Fact]
    public async Task Kernel_density_dbscan_and_optimised_each_explain_what_they_did()
    {
        using var client = await app.SignedIn("analyst.police");
        var kde = await Run(client, "{ method: KERNEL_DENSITY, cellSize: 100, radius: 400 }");
        var density = kde["density"]!;
        Assert.Equal(density["columns"]!.GetValue<int>() * density["rows"]!.GetValue<int>(), density["perKm2"]!.AsArray().Count);
        Assert.True(density["maximum"]!.GetValue<double>() > 100);

        var dbscan = await Run(client, "{ method: DBSCAN, eps: 50, minPoints: 8 }");
        Assert.NotEmpty(dbscan["clusters"]!["features"]!.AsArray());

        var optimised = await Run(client, "{ method: OPTIMISED }");
        Assert.True(optimised["explanation"]!.AsArray().Count >= 4, optimised["explanation"]!.ToJsonString());
        Assert.Contains(optimised["parameters"]!.AsArray(), p => p!["name"]!.GetValue<string>() == "distanceBand");
    }

    [Fact]
    public async Task A_hotspot_is_saved_as_an_area_plans_can_work_on_once_and_only_by_analysts_or_chairs()
    {
        using var client = await app.SignedIn("analyst.police");
        var run = await Run(client, "{ method: GI_STAR, cellSize: 200, distanceBand: 600 }");
        var biggest = run["hotspots"]!.AsArray().MaxBy(h => h!["incidents"]!.GetValue<double>())!;
        var save = $"mutation {{ saveHotspot(runId: {run["id"]}, number: {biggest["number"]}, name: \"Huddersfield centre\") {{ id kind name squareMetres analysisRunId hotspotIncidents hotspotPeakZ }} }}";
        var area = (await client.Data(save))["saveHotspot"]!;
        Assert.Equal("HOTSPOT", area["kind"]!.GetValue<string>());
        Assert.Equal(biggest["areaKm2"]!.GetValue<double>() * 1e6, area["squareMetres"]!.GetValue<double>(), 0.01 * area["squareMetres"]!.GetValue<double>());
        Assert.Equal(biggest["peakZ"]!.GetValue<double>(), area["hotspotPeakZ"]!.GetValue<double>(), 9);
        var hotspots = await client.Data("{ areas(kind: HOTSPOT) { edges { node { name } } } }");
        Assert.Contains(hotspots["areas"]!["edges"]!.AsArray(), e => e!["node"]!["name"]!.GetValue<string>() == "Huddersfield centre");

        var (_, again) = await client.Post(save);
        Assert.Contains("already saved", again.FirstError());
        var (_, missing) = await client.Post($"mutation {{ saveHotspot(runId: {run["id"]}, number: 99, name: \"x\") {{ id }} }}");
        Assert.Contains("has no hotspot 99", missing.FirstError());
        using var partner = await app.SignedIn("partner.health");
        var (_, refused) = await partner.Post(save);
        Assert.Contains("Only analysts and group chairs", refused.FirstError());
    }

    [Theory]
    [InlineData("analyst.police", "{ method: GI_STAR, cellSize: 500, distanceBand: 100 }", "band")]
    [InlineData("enforcement.council", "{ method: GI_STAR }", "No incidents you may see")]
    [InlineData("analyst.police", "{ method: GI_STAR, filter: { exploitationTypes: [ORGAN_HARVESTING] } }", "No incidents you may see")]
    [InlineData("analyst.police", "{ method: KERNEL_DENSITY, grid: HEXAGON }", "Hexagons are offered for GI_STAR only")]
    [InlineData("analyst.police", "{ method: GI_STAR, cellSize: 500, distanceBand: 100, grid: HEXAGON }", "smaller than the distance between hexagon centres")]
    public async Task Bad_requests_get_a_message_the_analyst_can_act_on(string account, string request, string expected)
    {
        using var client = await app.SignedIn(account);
        var (_, body) = await client.Post($"mutation {{ runAnalysis(request: {request}) {{ id }} }}");
        Assert.Contains(expected, body.FirstError(), StringComparison.OrdinalIgnoreCase);
    }
}
