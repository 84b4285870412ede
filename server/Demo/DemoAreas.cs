using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.OverlayNG;

namespace Hotspots.Demo;

/// <summary>The district and its 23 wards: the real ward boundaries, and their union as the district.</summary>
internal static class DemoAreas
{
    private static readonly Lazy<IReadOnlyList<DemoArea>> Areas = new(Build);

    public static IReadOnlyList<DemoArea> All => Areas.Value;

    public static Geometry District => All[0].Geometry;

    private static IReadOnlyList<DemoArea> Build()
    {
        var wards = KirkleesWards.Read(SharedGis.Path(SharedGis.WardsFile));
        var union = OverlayNGRobust.Union(wards.Select(w => w.Geometry).ToArray());
        var district = WithoutSlivers(union);
        return [new("district", Kirklees.Code, "Kirklees", district), .. wards];
    }

    // The union of snapped wards leaves slivers only where the source arcs disagree; dropping holes under
    // a square metre keeps the outline a single polygon as the district really is.
    private static Geometry WithoutSlivers(Geometry union)
    {
        if (union is not Polygon polygon) return union;
        var holes = polygon.Holes.Where(h => Kirklees.Grid.CreatePolygon(h).Area >= 1).ToArray();
        return Kirklees.Grid.CreatePolygon((LinearRing)polygon.Shell, holes);
    }
}
