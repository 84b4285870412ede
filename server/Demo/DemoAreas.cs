using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Overlay;
using NetTopologySuite.Operation.OverlayNG;
using NetTopologySuite.Triangulate;

namespace Hotspots.Demo;

/// <summary>The district outline and demo wards: Voronoi cells of area seeds clipped to the outline.</summary>
internal static class DemoAreas
{
    private static readonly (string Name, double Easting, double Northing)[] Seeds =
    [
        ("Huddersfield Central", 414500, 416500),
        ("Huddersfield North", 415500, 419600),
        ("Huddersfield West", 410300, 416600),
        ("Dewsbury", 424500, 421500),
        ("Batley", 424500, 424000),
        ("Holmfirth", 414300, 408100),
        ("Mirfield", 420500, 419800),
        ("Cleckheaton", 419000, 425500),
        ("Heckmondwike", 421500, 423500),
        ("Marsden", 404800, 411700),
        ("Kirkburton", 419700, 412600),
        ("Denby Dale", 422800, 408400),
        ("Meltham", 410000, 410600),
    ];

    public static IReadOnlyList<DemoArea> Build()
    {
        var outline = Kirklees.Outline;
        var envelope = outline.EnvelopeInternal.Copy();
        envelope.ExpandBy(10_000);
        var builder = new VoronoiDiagramBuilder { ClipEnvelope = envelope };
        builder.SetSites(Seeds.Select(s => new Coordinate(s.Easting, s.Northing)).ToList());
        var cells = builder.GetDiagram(Kirklees.Grid);

        var areas = new List<DemoArea> { new("district", Kirklees.Code, "Kirklees", outline) };
        for (var i = 0; i < Seeds.Length; i++)
        {
            var site = Kirklees.Grid.CreatePoint(new Coordinate(Seeds[i].Easting, Seeds[i].Northing));
            var cell = Enumerable.Range(0, cells.NumGeometries).Select(cells.GetGeometryN).Single(c => c.Contains(site));
            // Snap-rounding overlay on the 0.1 m grid, so neighbours share identical edges.
            var ward = OverlayNG.Overlay(cell, outline, SpatialFunction.Intersection, Kirklees.Grid.PrecisionModel);
            areas.Add(new("ward", $"DEMO-{i + 1:D2}", Seeds[i].Name, ward));
        }
        return areas;
    }
}
