using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hotspots.Tests.Api;
using Hotspots.Tests.Api.Ogc;
using static Hotspots.Tests.Access.Disclosure.PartnerView;

namespace Hotspots.Tests.Access.Disclosure;

/// <summary>
/// A partner adds the /ogc collections to their GIS and tries to learn what their map withholds: a withheld cell's count
/// from its feature, a record's spot from tiny bounding boxes, more from paging, and differences against incidentMap.
/// The endpoint serves the map's own view (MapRows on IncidentView.Of), so each answer is one the map already gives.
/// </summary>
public sealed class OgcDisclosureTests(OgcFixture app) : IClassFixture<OgcFixture>
{
    private static readonly int[] Withheld = [.. Enumerable.Range(0, DisclosureFixture.Cells).Where(k => DisclosureFixture.Size(k) < 5)];
    private const string Grid = "bbox-crs=http://www.opengis.net/def/crs/EPSG/0/27700";

    private static Task<List<JsonObject>> Items(HttpClient client, string collection, string query = "") =>
        Oapif.All(client, $"/ogc/collections/{collection}/items?{query}");

    private static (string Label, int? Count) Shown(JsonObject cell) =>
        (cell["properties"]!["label"]!.GetValue<string>(), cell["properties"]!["count"]?.GetValue<int>());

    /// <summary>Where record j of cell k is (the fixture's formula), in British National Grid.</summary>
    private static (double X, double Y) Record(int k, int j) =>
        (414000 + 200 * (k % 10) + 5 + j * 37 % 90, 416000 + 200 * (k / 10) + 5 + j * 53 % 90);

    private static string Around(double x, double y, double half) =>
        string.Create(CultureInfo.InvariantCulture, $"bbox={x - half},{y - half},{x + half},{y + half}&{Grid}");

    [Theory]
    [InlineData("partner.health")]
    [InlineData("partner.housing")]
    public async Task The_counted_cells_collection_is_the_map_s_cells_and_no_more(string partner)
    {
        // Attack: read every counted cell's properties for a count the map withholds.
        using var client = await app.SignedIn(partner);
        var ogc = await Items(client, "counted-cells", "limit=3");
        var map = await Cells(client, Everything);
        Assert.Equal(map.OrderBy(c => c.Label).ThenBy(c => c.Count), ogc.Select(Shown).OrderBy(c => c.Label).ThenBy(c => c.Count));
        Assert.Equal(Withheld.Length, ogc.Count(c => Shown(c) == ("<5", null)));
        Assert.DoesNotContain(ogc, c => Shown(c).Count is > 0 and < 5);
        Assert.All(ogc, c => Assert.Equal(["count", "label", "withheld", "cell_metres", "classification"], c["properties"]!.AsObject().Select(p => p.Key)));
        Assert.Empty(await Items(client, "incidents"));
    }

    [Theory]
    [InlineData("partner.health")]
    [InlineData("partner.housing")]
    public async Task Tiny_boxes_around_a_withheld_cell_s_records_find_nothing_a_box_elsewhere_in_it_would_not(string partner)
    {
        // Attack: a 4 m box around each spot of a withheld cell; an answer only where a record lies would place it.
        using var client = await app.SignedIn(partner);
        foreach (var k in Withheld.Take(8))
        {
            var (cx, cy) = DisclosureFixture.Centre(k);
            for (var j = 0; j < DisclosureFixture.Size(k); j++)
            {
                var (x, y) = Record(k, j);
                Assert.Empty(await Items(client, "counted-cells", Around(x, y, 2)));
                Assert.Empty(await Items(client, "incidents", Around(x, y, 2)));
            }
            // The cell answers only to a box holding its centre, whole and as the map shows it, wherever its records are.
            var atCentre = Assert.Single(await Items(client, "counted-cells", Around(cx, cy, 2)));
            Assert.Equal(("<5", (int?)null), Shown(atCentre));
            Assert.Equal(Assert.Single(await Items(client, "counted-cells", Around(cx, cy, 49)))["id"]!.GetValue<string>(), atCentre["id"]!.GetValue<string>());
        }
    }

    [Theory]
    [InlineData("partner.health")]
    [InlineData("partner.housing")]
    public async Task Paging_one_cell_at_a_time_gives_the_same_cells_and_the_same_total(string partner)
    {
        // Attack: page with limit 1 and odd offsets, hoping numberMatched or a page boundary counts the withheld records.
        using var client = await app.SignedIn(partner);
        var whole = (await client.GetFromJsonAsync<JsonObject>("/ogc/collections/counted-cells/items?limit=10000"))!;
        var matched = whole["numberMatched"]!.GetValue<long>();
        Assert.Equal((await Cells(client, Everything)).Count, matched);
        var pages = new List<(string Label, int? Count)>();
        for (var offset = 0; offset < matched + 2; offset++)
        {
            var page = (await client.GetFromJsonAsync<JsonObject>($"/ogc/collections/counted-cells/items?limit=1&offset={offset}"))!;
            Assert.Equal(matched, page["numberMatched"]!.GetValue<long>());
            pages.AddRange(page["features"]!.AsArray().Select(f => Shown(f!.AsObject())));
        }
        Assert.Equal(whole["features"]!.AsArray().Select(f => Shown(f!.AsObject())), pages);
    }

    [Theory]
    [InlineData("partner.health")]
    [InlineData("partner.housing")]
    public async Task Differencing_the_endpoint_against_incidentMap_does_not_give_a_small_count(string partner)
    {
        // Attack: one type through /ogc, two types through incidentMap (and the reverse): the difference is a count of 1–4.
        using var client = await app.SignedIn(partner);
        int exact = 0, compared = 0;
        foreach (var k in Enumerable.Range(0, DisclosureFixture.Cells).Where(i => DisclosureFixture.Size(i) >= 8))
        {
            var (cx, cy) = DisclosureFixture.Centre(k);
            var labour = (await Items(client, "counted-cells", $"{Around(cx, cy, 50)}&exploitationTypes=LABOUR")).Select(Shown).SingleOrDefault().Count;
            var both = await Cell(client, k, "exploitationTypes: [LABOUR, SEXUAL]");
            // The same cell under the same filter is one count in every output.
            Assert.Equal(both, (await Items(client, "counted-cells", $"{Around(cx, cy, 50)}&exploitationTypes=SEXUAL,LABOUR")).Select(Shown).Single().Count);
            if (both is null || labour is null) continue;
            compared++;
            if (both - labour == DisclosureFixture.Sexual(k)) exact++;
        }
        Assert.True(compared >= 12, $"{compared} cells compared");
        Assert.True(exact < compared * 0.75, $"{exact} of {compared} differences were the true count");

        // Bisecting a month with datetime changes nothing for counted records.
        Assert.Equal((await Items(client, "counted-cells", "datetime=2025-03-01T00:00:00Z/2025-05-01T00:00:00Z")).Select(Shown),
            (await Items(client, "counted-cells", "datetime=2025-03-28T13:30:00Z/2025-04-02T00:00:01Z")).Select(Shown));
    }

    [Theory]
    [InlineData("partner.health")]
    [InlineData("partner.housing")]
    public async Task A_partner_cannot_open_an_analyst_s_run_as_a_collection(string partner)
    {
        // Attack: the analyst's Gi* run counts every record; its id is guessable, so ask for its layers.
        using var analyst = await app.SignedIn("analyst.police");
        var id = (await analyst.Data($"mutation {{ runAnalysis(request: {{ method: GI_STAR, cellSize: 100, distanceBand: 300, filter: {{ {Everything} }} }}) {{ id }} }}"))
            ["runAnalysis"]!["id"]!.GetValue<string>();
        using var client = await app.SignedIn(partner);
        var listed = (await client.GetFromJsonAsync<JsonObject>("/ogc/collections"))!["collections"]!.AsArray().Select(c => c!["id"]!.GetValue<string>());
        Assert.DoesNotContain($"run-{id}-cells", listed);
        foreach (var path in new[] { $"run-{id}-cells", $"run-{id}-cells/items", $"run-{id}-hotspots/items" })
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/ogc/collections/{path}")).StatusCode);
        Assert.Equal(0, await app.Scalar<long>("SELECT count(*) FROM audit_log WHERE action = 'read ogc features' AND subject = $1 AND username = $2",
            $"ogc:run-{id}-cells", partner));
        Assert.True(await app.Scalar<long>("SELECT count(*) FROM audit_log WHERE action = 'reopen analysis run refused' AND subject = $1 AND username = $2",
            $"analysis:{id}", partner) >= 3);
    }

    [Fact]
    public async Task A_saved_hotspot_in_the_gis_carries_the_analyst_s_figures_to_no_partner()
    {
        // Attack: the saving analyst's count (own records in full plus cells), differenced against the partner's map.
        using var analyst = await app.SignedIn("analyst.police");
        var run = (await Run(analyst, $"{{ method: GI_STAR, cellSize: 200, distanceBand: 600, filter: {{ {Everything} }} }}"))["data"]!["runAnalysis"]!;
        var number = run["hotspots"]!.AsArray().MaxBy(h => h!["incidents"]!.GetValue<double>())!["number"]!.GetValue<int>();
        var id = (await analyst.Data($"mutation {{ saveHotspot(runId: {run["id"]}, number: {number}, name: \"OGC test\") {{ id }} }}"))["saveHotspot"]!["id"]!.GetValue<string>();
        JsonObject Saved(List<JsonObject> items) => items.Single(f => f["id"]!.GetValue<string>() == id)["properties"]!.AsObject();

        Assert.NotNull(Saved(await Items(analyst, "saved-hotspots"))["incidents"]);
        foreach (var partner in new[] { "partner.health", "partner.housing" })
        {
            using var client = await app.SignedIn(partner);
            var figures = Saved(await Items(client, "saved-hotspots"));
            Assert.Null(figures["incidents"]);
            Assert.Null(figures["peak_z"]);
            Assert.Null(figures["pai"]);
        }
    }

    [Theory]
    [InlineData("partner.health")]
    [InlineData("partner.housing")]
    public async Task Quiet_places_count_each_ward_as_the_map_of_that_ward_shows_it(string partner)
    {
        // Attack: ward totals and rates per risk business, differenced against the map, for a count a withheld cell hides.
        using var client = await app.SignedIn(partner);
        var wards = await Items(client, "quiet-places");
        Assert.Equal(OgcFixture.Businesses.OrderDescending(), wards.Select(w => w["properties"]!["risk_businesses"]!.GetValue<int>()));
        long sum = 0, withheld = 0;
        foreach (var ward in wards.Select(w => w["properties"]!))
        {
            var area = $"areaId: \"{ward["id"]}\"";
            var cells = await Cells(client, area);
            var incidents = ward["incidents"]!.GetValue<long>();
            Assert.Equal(await Total(client, area), incidents);
            Assert.Equal(cells.Sum(c => c.Count ?? 0), incidents);
            Assert.Equal(cells.Count(c => c.Count is null), ward["withheld_cells"]!.GetValue<int>());
            var businesses = ward["risk_businesses"]!.GetValue<int>();
            Assert.Equal(businesses == 0 ? null : Math.Round((double)incidents / businesses, 3), ward["incidents_per_risk_business"]?.GetValue<double>());
            Assert.Contains("not that little happens", ward["caveats"]!.GetValue<string>());
            sum += incidents;
            withheld += ward["withheld_cells"]!.GetValue<int>();
        }
        Assert.Equal(await Total(client, Everything), sum);
        Assert.Equal(Withheld.Length, withheld);  // the western wards hold every withheld cell, and none adds to a count
    }
}
