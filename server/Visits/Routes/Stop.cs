namespace Hotspots.Visits;

/// <summary>A place on the route in British National Grid metres.</summary>
public readonly record struct Stop(double Easting, double Northing)
{
    public double DistanceTo(Stop other) => Math.Sqrt(Square(Easting - other.Easting) + Square(Northing - other.Northing));

    private static double Square(double d) => d * d;
}
