using System.Text.Json.Nodes;

namespace Hotspots.Tests.Access.Matrix;

/// <summary>Premises, risk businesses, areas and settings hold no victim data: every signed-in role sees them in full.</summary>
public static class PlaceRules
{
    private const string Everyone = """
        any
        *  full
        """;

    private static object Window(Probe p) => new { minX = 414000, minY = 416000, maxX = 415000, maxY = 417000, crs = "BRITISH_NATIONAL_GRID" };

    public static IEnumerable<FieldRule> Rules() =>
    [
        new("premises", Everyone, p => p.Ask("query($b: BoundingBox) { premises(boundingBox: $b) { edges { node { id address } } } }", new { b = Window(p) },
            d => Answers.Lists(Nodes(d["premises"]!), p.App.PremisesId.ToString()))),
        new("premisesById", Everyone, p => p.Ask($"{{ premisesById(id: {p.App.PremisesId}) {{ address }} }}", null,
            d => Answers.Present(d["premisesById"], "address", "12 Wakefield Road"))),
        new("riskBusinesses", Everyone, p => p.Ask("query($b: BoundingBox) { riskBusinesses(boundingBox: $b) { edges { node { id name } } } }", new { b = Window(p) },
            d => Answers.Lists(Nodes(d["riskBusinesses"]!), p.App.RiskBusinessId.ToString()))),
        new("riskBusiness", Everyone, p => p.Ask($"{{ riskBusiness(id: {p.App.RiskBusinessId}) {{ name }} }}", null,
            d => Answers.Present(d["riskBusiness"], "name", "Sparkle Hand Car Wash"))),
        new("areas", Everyone, p => p.Ask("{ areas(kind: HOTSPOT) { totalCount edges { node { id } } } }", null,
            d => Answers.Lists(Nodes(d["areas"]!), p.App.AreaId.ToString()))),
        new("area", Everyone, p => p.Ask($"{{ area(id: {p.App.AreaId}) {{ name }} }}", null, d => Answers.Present(d["area"], "name", "Matrix hotspot"))),
        new("GET /tiles/premises", Everyone, p => PlaceTile(p, "premises")),
        new("GET /tiles/risk-businesses", Everyone, p => PlaceTile(p, "risk-businesses")),
        new("mapSettings", Everyone, p => p.Ask("{ mapSettings { basemapUrl } }", null, d => Answers.Present(d["mapSettings"]))),
        new("me", Everyone, p => p.Ask("{ me { username } }", null, d => Answers.Present(d["me"], "username", p.Account))),
        new("riskWeights", Everyone, p => p.Ask("{ riskWeights { term code weight } }", null, d => d["riskWeights"]!.AsArray().Count > 0 ? "full" : "empty")),
        new("createCustomArea", """
            any
            *  done
            """, p => p.Ask("mutation($b: GeoJSON!) { createCustomArea(name: \"Streets by the station\", boundary: $b) { id kind } }",
            new { b = JsonNode.Parse("""{"type":"Polygon","coordinates":[[[-1.785,53.645],[-1.78,53.645],[-1.78,53.648],[-1.785,53.645]]]}""") },
            d => Answers.Done(d["createCustomArea"])), Changes: true),
    ];

    public static JsonArray Nodes(JsonNode connection) => new([.. connection["edges"]!.AsArray().Select(e => e!["node"]!.DeepClone())]);

    private static async Task<string> PlaceTile(Probe p, string layer)
    {
        using var response = await p.Client.GetAsync($"/tiles/{layer}/{await TileAddress.Of(p.App, 414510, 416510, 15)}.mvt");
        if (!response.IsSuccessStatusCode) return $"refused: {(int)response.StatusCode}";
        var tile = Hotspots.Tests.Api.VectorTile.Read(await response.Content.ReadAsByteArrayAsync());
        return tile.Layers.Values.Sum(l => l.Count) > 0 ? "full" : "empty";
    }
}
