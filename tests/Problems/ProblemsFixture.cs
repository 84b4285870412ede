using System.Text.Json.Nodes;
using Hotspots.Tests.Api;

namespace Hotspots.Tests.Problems;

/// <summary>
/// A hotspot area (1 km square in Huddersfield, BNG 414000–415000 E, 416000–417000 N) and a group of three agencies
/// per test: chair.council (council), analyst.police (police), partner.housing (housing); partner.health is outside.
/// </summary>
public class ProblemsFixture : HotspotsApp
{
    public long HotspotAreaId { get; private set; }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        HotspotAreaId = await Scalar<long>("""
            INSERT INTO areas (name, kind, boundary) VALUES ('Huddersfield centre hotspot', 'hotspot',
                ST_Multi(ST_MakeEnvelope(414000, 416000, 415000, 417000, 27700))) RETURNING id
            """);
    }

    public static string Day(int fromToday) => DateTime.UtcNow.Date.AddDays(fromToday).ToString("yyyy-MM-dd");

    public async Task<string> CreateGroup(string name = "Huddersfield centre")
    {
        using var chair = await SignedIn("chair.council");
        var group = await chair.Data("mutation($name: String!) { createGroup(name: $name, chair: \"chair.council\", members: [\"analyst.police\", \"partner.housing\"]) { id } }", new { name });
        return group["createGroup"]!["id"]!.GetValue<string>();
    }

    public async Task<JsonNode> CreatePlan(HttpClient client, string groupId, string title = "Sexual exploitation around the bus station", object? details = null)
    {
        var data = await client.Data("""
            mutation($groupId: ID!, $title: String!, $areaIds: [ID!]!, $details: PlanChanges) {
              createPlan(groupId: $groupId, title: $title, areaIds: $areaIds, details: $details) { id version status title }
            }
            """, new { groupId, title, areaIds = new[] { HotspotAreaId.ToString() }, details });
        return data["createPlan"]!;
    }

    /// <summary>A point inside the hotspot area, and one outside it, as GeoJSON in WGS84.</summary>
    public async Task<string> PointAt(double easting, double northing) =>
        await Scalar<string>("SELECT ST_AsGeoJSON(ST_Transform(ST_SetSRID(ST_MakePoint($1, $2), 27700), 4326), 8)", easting, northing);
}
