using NetTopologySuite.Geometries;

namespace Hotspots.Tests.Demo;

public class AreasTests(DemoFiles demo) : IClassFixture<DemoFiles>
{
    private List<GeoJsonArea> Wards => [.. demo.Areas.Where(a => a.Kind == "ward")];

    [Fact]
    public void One_district_and_the_23_real_wards()
    {
        Assert.Equal(("E08000034", "Kirklees"), (demo.District.Code, demo.District.Name));
        Assert.Equal(23, Wards.Count);
        Assert.Equal(23, Wards.Select(w => w.Code).Distinct().Count());
        // ONS ward codes of December 2013 (WD13CD), as Code-Point Open's Admin_ward_code names them.
        Assert.All(Wards, w => Assert.Matches(@"^E0500\d{4}$", w.Code));
        Assert.Contains(Wards, w => (w.Code, w.Name) == ("E05001389", "Ashbrow"));
        Assert.Contains(Wards, w => (w.Code, w.Name) == ("E05008561", "Holme Valley North"));
    }

    [Fact]
    public void District_is_one_polygon_of_kirklees_real_area()
    {
        var outline = Assert.IsType<Polygon>(demo.District.Geometry);
        Assert.True(outline.IsValid);
        Assert.Equal(0, outline.NumInteriorRings);
        // ONS gives Kirklees 408.6 km² (Standard Area Measurements); measured here in British National Grid.
        Assert.Equal(408.6, outline.Area / 1e6, 0.5);
    }

    [Fact]
    public void District_is_the_union_of_the_wards()
    {
        var union = NetTopologySuite.Operation.OverlayNG.OverlayNGRobust.Union(Wards.Select(w => w.Geometry).ToArray());
        Assert.True(union.SymmetricDifference(demo.District.Geometry).Area < 10, "district and union of wards differ");
    }

    [Fact]
    public void Every_town_centre_lies_in_the_real_district()
    {
        Assert.All(Hotspots.Demo.Kirklees.Towns, t => Assert.True(
            demo.District.Geometry.Contains(new Point(t.Easting, t.Northing)), $"{t.Name} is outside Kirklees"));
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
