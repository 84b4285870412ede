using NetTopologySuite.Geometries;

namespace Hotspots.Demo;

/// <summary>
/// Kirklees for the demo: the real district (the union of its 23 wards) and approximate town centres,
/// in British National Grid metres (EPSG:27700).
/// </summary>
internal static class Kirklees
{
    public const string Code = "E08000034";
    public const int Srid = 27700;

    public static GeometryFactory Grid { get; } = new(new PrecisionModel(10), Srid);

    /// <summary>The district: the union of the 23 real wards (read from ../shared/gis when generating).</summary>
    public static Geometry Outline => DemoAreas.District;

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
}
