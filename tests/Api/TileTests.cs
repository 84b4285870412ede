using System.Net;
using Hotspots.Tests.Access;

namespace Hotspots.Tests.Api;

/// <summary>Vector tiles follow the same need-to-know rules as incidentMap (data in <see cref="NeedToKnowFixture"/>).</summary>
public sealed class TileTests(NeedToKnowFixture app) : IClassFixture<NeedToKnowFixture>
{
    // The zoom-8 tile that holds the whole district (Kirklees ~ 1.78°W 53.64°N).
    private const string District = "8/126/82";

    [Fact]
    public async Task An_analyst_gets_own_and_agreed_records_as_points_and_the_rest_as_cells_with_small_counts_withheld()
    {
        using var client = await app.SignedIn("analyst.police");
        var tile = await VectorTile.Get(client, $"/tiles/incidents/{District}.mvt");
        var point = Assert.Single(tile.Layer("incidents"));
        Assert.Equal((ulong)app.PoliceRecord, point.Id);
        Assert.Equal("labour", point.Properties["exploitationType"]);
        var cells = tile.Layer("incidentCells");
        Assert.Equal(2, cells.Count);
        Assert.Contains(cells, c => c.Properties.TryGetValue("count", out var n) && Convert.ToInt64(n) == 12);
        Assert.Contains(cells, c => !c.Properties.ContainsKey("count") && (string)c.Properties["label"] == "<5");
    }

    [Fact]
    public async Task A_partner_gets_no_points_only_cells_and_never_a_count_below_five()
    {
        using var client = await app.SignedIn("partner.health");
        var tile = await VectorTile.Get(client, $"/tiles/incidents/{District}.mvt");
        Assert.Empty(tile.Layer("incidents"));
        var cells = tile.Layer("incidentCells");
        Assert.Equal(4, cells.Count);
        Assert.Equal([12L], cells.Where(c => c.Properties.ContainsKey("count")).Select(c => Convert.ToInt64(c.Properties["count"])));
        Assert.All(cells.Where(c => !c.Properties.ContainsKey("count")), c => Assert.Equal("<5", c.Properties["label"]));
    }

    [Fact]
    public async Task The_filter_in_the_query_string_narrows_the_tile_and_a_bad_one_is_refused()
    {
        using var client = await app.SignedIn("analyst.police");
        var none = await VectorTile.Get(client, $"/tiles/incidents/{District}.mvt?exploitationTypes=SEXUAL");
        Assert.Empty(none.Layer("incidents"));
        Assert.Empty(none.Layer("incidentCells"));
        var dated = await VectorTile.Get(client, $"/tiles/incidents/{District}.mvt?from=2025-01-01&to=2026-01-01&exploitationTypes=LABOUR");
        Assert.Single(dated.Layer("incidents"));
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync($"/tiles/incidents/{District}.mvt?exploitationTypes=PIRACY")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/tiles/incidents/8/999/82.mvt")).StatusCode);
    }

    [Fact]
    public async Task Tiles_are_private_to_the_viewer_and_revalidate_by_etag()
    {
        using var analyst = await app.SignedIn("analyst.police");
        using var partner = await app.SignedIn("partner.health");
        var first = await analyst.GetAsync($"/tiles/incidents/{District}.mvt");
        Assert.True(first.Headers.CacheControl!.Private);
        Assert.Contains("Authorization", first.Headers.Vary);
        Assert.Single(VectorTile.Read(await first.Content.ReadAsByteArrayAsync()).Layer("incidents"));
        // Straight after the analyst, the partner must not be served the analyst's cached tile.
        Assert.Empty((await VectorTile.Get(partner, $"/tiles/incidents/{District}.mvt")).Layer("incidents"));
        using var again = new HttpRequestMessage(HttpMethod.Get, $"/tiles/incidents/{District}.mvt");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        Assert.Equal(HttpStatusCode.NotModified, (await analyst.SendAsync(again)).StatusCode);
    }

    [Fact]
    public async Task Without_a_token_tiles_answer_401()
    {
        using var client = app.Anonymous();
        foreach (var layer in new[] { "incidents", "premises", "risk-businesses" })
            Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync($"/tiles/{layer}/{District}.mvt")).StatusCode);
    }
}
