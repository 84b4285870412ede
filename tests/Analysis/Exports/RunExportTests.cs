using System.Net;
using System.Text.Json.Nodes;
using Hotspots.Tests.Analysis.Runs;
using Hotspots.Tests.Api;

namespace Hotspots.Tests.Analysis.Exports;

/// <summary>Every export of a run, opened by GDAL: the feature counts the run shows, in British National Grid, marked and audited.</summary>
public sealed class RunExportTests(AnalysisRunFixture app) : IClassFixture<AnalysisRunFixture>
{
    private static async Task<JsonNode> Run(HttpClient client, string request) =>
        (await client.Data($"mutation {{ runAnalysis(request: {request}) {{ id cells hotspots {{ number }} clusters density {{ columns rows }} }} }}"))["runAnalysis"]!;

    [Theory]
    [InlineData("SQUARE")]
    [InlineData("HEXAGON")]
    public async Task Gi_star_cells_and_hotspots_open_in_gdal_with_every_feature(string grid)
    {
        Assert.True(Gdal.Installed, "These tests open the files with GDAL: apt-get install -y gdal-bin");
        using var client = await app.SignedIn("analyst.police");
        var run = await Run(client, $"{{ method: GI_STAR, cellSize: 200, distanceBand: 600, grid: {grid} }}");
        var id = run["id"]!.GetValue<string>();
        int cells = run["cells"]!["features"]!.AsArray().Count, hotspots = run["hotspots"]!.AsArray().Count;
        Assert.True(hotspots > 0);
        foreach (var format in new[] { "gpkg", "geojson" })
        {
            Assert.Equal((cells, true), Gdal.Layer(await Downloads.Export(client, id, $"cells.{format}")));
            Assert.Equal((hotspots, true), Gdal.Layer(await Downloads.Export(client, id, $"hotspots.{format}")));
        }
        // CSV has no coordinate system of its own; its WKT column is in British National Grid, as its header says.
        Assert.Equal(cells, Gdal.Layer(await Downloads.Export(client, id, "cells.csv")).Features);
        Assert.Equal(hotspots, Gdal.Layer(await Downloads.Export(client, id, "hotspots.csv")).Features);
        var incidents = run["cells"]!["features"]!.AsArray().Sum(f => f!["properties"]!["count"]!.GetValue<double>());
        Assert.Equal(incidents, Gdal.Values(await Downloads.Export(client, id, "cells.gpkg"), "incidents").Sum());
        Assert.Equal(7, await app.Scalar<long>("SELECT count(*) FROM audit_log WHERE action = 'export analysis run' AND subject = $1", $"analysis:{id}"));
    }

    [Fact]
    public async Task Clusters_and_the_density_grid_open_in_gdal()
    {
        Assert.True(Gdal.Installed, "These tests open the files with GDAL: apt-get install -y gdal-bin");
        using var client = await app.SignedIn("analyst.police");
        var dbscan = await Run(client, "{ method: DBSCAN, eps: 50, minPoints: 8 }");
        var clusters = dbscan["clusters"]!["features"]!.AsArray().Count;
        Assert.Equal((clusters, true), Gdal.Layer(await Downloads.Export(client, dbscan["id"]!.GetValue<string>(), "clusters.gpkg")));

        var kde = await Run(client, "{ method: KERNEL_DENSITY, cellSize: 100, radius: 400 }");
        var id = kde["id"]!.GetValue<string>();
        var zip = await Downloads.Export(client, id, "density.zip");
        var info = Gdal.Run("gdalinfo", $"/vsizip/{zip}/run_{id}_density.asc");
        Assert.Contains($"Size is {kde["density"]!["columns"]}, {kde["density"]!["rows"]}", info);
        Assert.Contains("OSGB36 / British National Grid", info);  // from the .prj beside the grid
    }

    [Fact]
    public async Task A_layer_the_run_has_not_or_an_unknown_format_is_a_clear_not_found()
    {
        using var client = await app.SignedIn("analyst.police");
        var run = await Run(client, "{ method: DBSCAN, eps: 50, minPoints: 8 }");
        var cells = await client.GetAsync($"/analysis/runs/{run["id"]}/cells.gpkg");
        Assert.Equal(HttpStatusCode.NotFound, cells.StatusCode);
        Assert.Contains("has no cells", await cells.Content.ReadAsStringAsync());
        var shapefile = await client.GetAsync($"/analysis/runs/{run["id"]}/clusters.shp");
        Assert.Equal(HttpStatusCode.NotFound, shapefile.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync($"/analysis/runs/{run["id"]}/clusters.gpkg")).StatusCode);
    }
}
