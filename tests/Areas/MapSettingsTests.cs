using Hotspots.Tests.Api;

namespace Hotspots.Tests.Areas;

public sealed class MapSettingsTests(HotspotsApp app) : IClassFixture<HotspotsApp>
{
    [Fact]
    public async Task Without_a_configured_basemap_the_map_has_none()
    {
        using var client = await app.SignedIn("analyst.police");
        var data = await client.Data("{ mapSettings { basemapUrl attribution } }");
        Assert.Null(data["mapSettings"]!["basemapUrl"]);
        Assert.Null(data["mapSettings"]!["attribution"]);
    }
}
