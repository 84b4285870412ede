using NetTopologySuite.Geometries;

namespace Hotspots.Tests.Demo;

internal static class Assertions
{
    public static void AllInside(GeoJsonArea district, CsvTable table)
    {
        var outline = NetTopologySuite.Geometries.Prepared.PreparedGeometryFactory.Prepare(district.Geometry);
        Assert.All(table.Points(), p => Assert.True(outline.Contains(new Point(p.Easting, p.Northing)), $"{p} is outside"));
    }
}
