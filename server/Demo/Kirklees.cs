using NetTopologySuite.Geometries;

namespace Hotspots.Demo;

/// <summary>
/// Synthetic Kirklees: a hand-drawn outline and approximate town centres in British National Grid
/// metres (EPSG:27700). Nothing here is copied from boundary or postcode files.
/// </summary>
internal static class Kirklees
{
    public const string Code = "E08000034";
    public const int Srid = 27700;

    public static GeometryFactory Grid { get; } = new(new PrecisionModel(10), Srid);

    public static Polygon Outline { get; } = Grid.CreatePolygon(Ring(
        (418000, 427800), (421500, 427600), (424000, 426800), (426500, 425800), (428000, 423500),
        (427200, 420500), (427000, 417500), (426600, 414500), (427200, 411000), (426200, 408000),
        (424500, 405800), (421000, 404800), (418000, 404200), (414500, 403500), (411500, 402200),
        (409500, 403000), (407000, 404800), (404500, 406500), (402200, 408200), (400600, 410500),
        (400200, 412800), (401200, 414800), (404000, 416500), (408000, 418300), (412000, 420000),
        (414500, 422500), (415800, 425000), (416500, 426800)));

    public static IReadOnlyList<DemoTown> Towns { get; } =
    [
        new("Huddersfield", 414500, 416500, 160, ["HD1", "HD2", "HD3", "HD4", "HD5"]),
        new("Dewsbury", 424500, 421500, 63, ["WF13", "WF12"]),
        new("Batley", 424500, 424000, 49, ["WF17"]),
        new("Holmfirth", 414300, 408100, 22, ["HD9"]),
        new("Mirfield", 420500, 419800, 19, ["WF14"]),
        new("Cleckheaton", 419000, 425500, 17, ["BD19"]),
        new("Heckmondwike", 421500, 423500, 18, ["WF16", "WF15"]),
        new("Marsden", 404800, 411700, 4, ["HD7"]),
        new("Kirkburton", 419700, 412600, 9, ["HD8"]),
        new("Denby Dale", 422800, 408400, 14, ["HD8"]),
        new("Meltham", 410000, 410600, 8, ["HD9"]),
        new("Slaithwaite", 407800, 414000, 5, ["HD7"]),
    ];

    public static WeightedChoice<DemoTown> TownByPopulation { get; } = new([.. Towns.Select(t => (t, t.Weight))]);

    public static DemoTown Town(string name) => Towns.First(t => t.Name == name);

    public static DemoTown NearestTown(double easting, double northing) =>
        Towns.MinBy(t => t.DistanceTo(easting, northing))!;

    private static Coordinate[] Ring(params (double E, double N)[] points) =>
        [.. points.Select(p => new Coordinate(p.E, p.N)), new Coordinate(points[0].E, points[0].N)];
}
