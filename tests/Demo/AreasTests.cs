using NetTopologySuite.Geometries;

namespace Hotspots.Tests.Demo;

public class AreasTests(DemoFiles demo) : IClassFixture<DemoFiles>
{
    private List<GeoJsonArea> Wards => [.. demo.Areas.Where(a => a.Kind == "ward")];

    [Fact]
    public void One_district_and_ten_to_fourteen_wards()
    {
        Assert.Equal(("E08000034", "Kirklees"), (demo.District.Code, demo.District.Name));
        Assert.InRange(Wards.Count, 10, 14);
        Assert.Equal(Wards.Count, Wards.Select(w => w.Code).Distinct().Count());
        Assert.All(Wards, w => Assert.Matches(@"^DEMO-\d\d$", w.Code));
        Assert.Contains(Wards, w => w.Name == "Huddersfield Central");
    }

    [Fact]
    public void District_outline_is_a_plausible_polygon()
    {
        var outline = Assert.IsType<Polygon>(demo.District.Geometry);
        Assert.True(outline.IsValid);
        Assert.InRange(outline.NumPoints, 21, 31);
        Assert.InRange(outline.Area / 1e6, 350, 500); // Kirklees is about 409 km²
    }

    [Fact]
    public void Every_geometry_is_valid()
    {
        Assert.All(demo.Areas, a => Assert.True(a.Geometry.IsValid, a.Name));
    }

    [Fact]
    public void Wards_cover_the_district_without_overlapping()
    {
        var district = demo.District.Geometry;
        Assert.Equal(district.Area, Wards.Sum(w => w.Geometry.Area), district.Area * 0.001);
        Assert.All(Wards, w => Assert.True(district.Buffer(0.1).Covers(w.Geometry), w.Name));
        for (var i = 0; i < Wards.Count; i++)
            for (var j = i + 1; j < Wards.Count; j++)
                Assert.True(Wards[i].Geometry.Intersection(Wards[j].Geometry).Area < 1, $"{Wards[i].Name} overlaps {Wards[j].Name}");
    }

    [Fact]
    public void File_declares_british_national_grid()
    {
        var text = File.ReadAllText(Path.Combine(demo.Folder, "areas.geojson"));
        Assert.Contains("\"crs\": {\"type\": \"name\", \"properties\": {\"name\": \"urn:ogc:def:crs:EPSG::27700\"}}", text);
        // PostGIS reads only a geometry's own crs member and otherwise assumes SRID 4326.
        using var document = System.Text.Json.JsonDocument.Parse(text);
        Assert.All(document.RootElement.GetProperty("features").EnumerateArray(), f => Assert.Equal(
            "urn:ogc:def:crs:EPSG::27700", f.GetProperty("geometry").GetProperty("crs").GetProperty("properties").GetProperty("name").GetString()));
    }
}
