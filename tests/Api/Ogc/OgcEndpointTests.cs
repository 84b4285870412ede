using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hotspots.Tests.Analysis.Exports;
using static Hotspots.Tests.Access.Disclosure.PartnerView;

namespace Hotspots.Tests.Api.Ogc;

/// <summary>
/// An analyst and a partner add the /ogc collections to their GIS: GDAL's OAPIF driver lists the layers and reads as
/// many features, on WGS84, as each one's map shows; a run's cells come as the run keeps them.
/// </summary>
public sealed class OgcEndpointTests(OgcFixture app) : IClassFixture<OgcFixture>
{
    private string Root => $"{app.BaseAddress}/ogc";

    private static async Task<JsonNode> Map(HttpClient client) =>
        (await client.Data("{ incidentMap { fullRecords withheldCells generalisedRecords { value } features } }"))["incidentMap"]!;

    private static int MapCells(JsonNode map) =>
        map["features"]!["features"]!.AsArray().Count(f => f!["properties"]!["kind"]!.GetValue<string>() == "incidentCell");

    [Theory]
    [InlineData("analyst.police")]
    [InlineData("partner.health")]
    public async Task Gdal_reads_as_many_incidents_and_counted_cells_as_the_viewer_s_map_shows(string username)
    {
        Assert.True(Gdal.Installed, "These tests read the endpoint with GDAL: apt-get install -y gdal-bin");
        using var client = await app.SignedIn(username);
        var map = await Map(client);
        Assert.Equal(["incidents", "counted-cells", "areas", "saved-hotspots", "quiet-places"], Oapif.Layers(client, Root).Take(5));
        Assert.Equal((map["fullRecords"]!.GetValue<long>(), true), Oapif.Layer(client, Root, "incidents"));
        Assert.Equal((MapCells(map), true), Oapif.Layer(client, Root, "counted-cells"));
        Assert.Equal(5, Oapif.Layer(client, Root, "areas").Features);  // the district and four wards

        var cells = await Oapif.All(client, $"{Root}/collections/counted-cells/items?limit=7");
        Assert.Equal(MapCells(map), cells.Count);
        Assert.Equal(map["generalisedRecords"]!["value"]!.GetValue<long>(), cells.Sum(c => c["properties"]!["count"]?.GetValue<long>() ?? 0));
        Assert.Equal(map["withheldCells"]!.GetValue<long>(), cells.Count(c => c["properties"]!["label"]!.GetValue<string>() == "<5"));
        Assert.All(cells, c => Assert.Equal("OFFICIAL-SENSITIVE", c["properties"]!["classification"]!.GetValue<string>()));
        Assert.True(await app.Scalar<long>("SELECT count(*) FROM audit_log WHERE action = 'read ogc features' AND username = $1", username) > 0);
    }

    [Theory]
    [InlineData("analyst.police", true)]
    [InlineData("partner.health", false)]
    public async Task Records_in_full_and_counted_cells_add_up_to_the_viewer_s_map_total(string username, bool seesSome)
    {
        using var client = await app.SignedIn(username);
        var full = await Oapif.All(client, $"{Root}/collections/incidents/items?limit=100");
        Assert.Equal(seesSome, full.Count > 0);
        var counted = (await Oapif.All(client, $"{Root}/collections/counted-cells/items")).Sum(c => c["properties"]!["count"]?.GetValue<long>() ?? 0);
        Assert.Equal(await Total(client, Everything), full.Count + counted);
        Assert.All(full, f => Assert.Equal("official", f["properties"]!["sensitivity"]!.GetValue<string>().ToLowerInvariant()));
    }

    [Fact]
    public async Task A_run_s_cells_open_in_gdal_with_every_cell_the_run_shows()
    {
        Assert.True(Gdal.Installed, "These tests read the endpoint with GDAL: apt-get install -y gdal-bin");
        using var client = await app.SignedIn("analyst.police");
        var run = (await client.Data("mutation { runAnalysis(request: { method: GI_STAR, cellSize: 200, distanceBand: 600 }) { id cells hotspots { number } } }"))["runAnalysis"]!;
        var id = run["id"]!.GetValue<string>();
        Assert.Contains($"run-{id}-cells", Oapif.Layers(client, Root));
        Assert.Equal((run["cells"]!["features"]!.AsArray().Count, true), Oapif.Layer(client, $"{Root}/collections/run-{id}-cells", $"run-{id}-cells"));
        Assert.Equal(run["hotspots"]!.AsArray().Count, (await Oapif.All(client, $"{Root}/collections/run-{id}-hotspots/items")).Count);
    }

    [Fact]
    public async Task British_national_grid_paging_and_bad_input_answer_as_the_standard_says()
    {
        using var client = await app.SignedIn("analyst.police");
        var response = await client.GetAsync($"{Root}/collections/incidents/items?limit=5&crs=http://www.opengis.net/def/crs/EPSG/0/27700");
        Assert.Equal("<http://www.opengis.net/def/crs/EPSG/0/27700>", response.Headers.GetValues("Content-Crs").Single());
        Assert.Equal("OFFICIAL-SENSITIVE", response.Headers.GetValues("X-Classification").Single());
        var page = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(5, page["numberReturned"]!.GetValue<int>());
        Assert.Equal((await Map(client))["fullRecords"]!.GetValue<long>(), page["numberMatched"]!.GetValue<long>());
        var easting = page["features"]![0]!["geometry"]!["coordinates"]![0]!.GetValue<double>();
        Assert.InRange(easting, 414000, 416000);

        var conformance = (await client.GetFromJsonAsync<JsonObject>($"{Root}/conformance"))!["conformsTo"]!.AsArray().Select(c => c!.GetValue<string>());
        Assert.Contains("http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core", conformance);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync($"{Root}/collections/incidents/items?limit=-1")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync($"{Root}/collections/incidents/items?bbox=1,2,3")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"{Root}/collections/premises/items")).StatusCode);
        foreach (var path in new[] { "", "/conformance", "/collections", "/collections/incidents", "/collections/counted-cells/items" })
            Assert.Equal(HttpStatusCode.Unauthorized, (await app.Anonymous().GetAsync($"/ogc{path}")).StatusCode);
    }
}
