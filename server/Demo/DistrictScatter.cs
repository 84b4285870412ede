using NetTopologySuite.Geometries;
using NetTopologySuite.Geometries.Prepared;

namespace Hotspots.Demo;

/// <summary>Random positions that always fall inside the district outline.</summary>
internal sealed class DistrictScatter(Random rng)
{
    private static readonly IPreparedGeometry Outline = PreparedGeometryFactory.Prepare(Kirklees.Outline);

    public static bool Inside(GridPoint p) => Outline.Contains(new Point(p.Easting, p.Northing));

    /// <summary>A normal scatter around a site; the town-style distance decay.</summary>
    public GridPoint Around(double easting, double northing, double spread)
    {
        for (var attempt = 0; attempt < 1000; attempt++)
        {
            var p = GridPoint.Rounded(easting + spread * Gaussian(), northing + spread * Gaussian());
            if (Inside(p)) return p;
        }
        return GridPoint.Rounded(easting, northing);
    }

    public GridPoint NearTown(DemoTown town, double scale = 1) => Around(town.Easting, town.Northing, town.Spread * scale);

    /// <summary>Open country: at least <paramref name="clearance"/> metres from every town centre.</summary>
    public GridPoint Rural(double clearance = 1800)
    {
        var box = Kirklees.Outline.EnvelopeInternal;
        while (true)
        {
            var p = GridPoint.Rounded(box.MinX + rng.NextDouble() * box.Width, box.MinY + rng.NextDouble() * box.Height);
            if (Inside(p) && Kirklees.Towns.All(t => t.DistanceTo(p.Easting, p.Northing) >= clearance)) return p;
        }
    }

    /// <summary>Beside one of four radial main roads leaving a town centre.</summary>
    public GridPoint OnMainRoad(DemoTown town)
    {
        var road = rng.Next(4);
        var angle = (Kirklees.Towns.ToList().IndexOf(town) * 37 + road * 90) * Math.PI / 180;
        var along = 500 + rng.NextDouble() * Math.Max(800, town.Spread);
        return Around(town.Easting + along * Math.Cos(angle), town.Northing + along * Math.Sin(angle), 25);
    }

    private double Gaussian() =>
        Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
}
