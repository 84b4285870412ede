using Hotspots.Tests.Api;

namespace Hotspots.Tests.Places;

/// <summary>Premises and risk businesses as vector tiles: places are not need-to-know, so any signed-in user gets them.</summary>
public sealed class PlaceTileTests(HotspotsApp app) : IClassFixture<HotspotsApp>
{
    // The zoom-8 tile that holds the whole district (Kirklees ~ 1.78°W 53.64°N).
    private const string District = "8/126/82";

    [Fact]
    public async Task Premises_and_risk_business_tiles_hold_their_places()
    {
        await app.Execute("INSERT INTO premises (reference, address, use, location) VALUES ('P-T1', '1 Tile Street', 'hmo', ST_SetSRID(ST_MakePoint(414700, 416700), 27700))");
        await app.Execute("INSERT INTO risk_businesses (reference, name, sector, location) VALUES ('B-T1', 'Tile Car Wash', 'hand_car_wash', ST_SetSRID(ST_MakePoint(414800, 416700), 27700))");
        using var client = await app.SignedIn("partner.housing");
        Assert.Contains((await VectorTile.Get(client, $"/tiles/premises/{District}.mvt")).Layer("premises"), p => (string)p.Properties["use"] == "hmo");
        Assert.Contains((await VectorTile.Get(client, $"/tiles/risk-businesses/{District}.mvt")).Layer("riskBusinesses"), b => (string)b.Properties["name"] == "Tile Car Wash");
    }
}
