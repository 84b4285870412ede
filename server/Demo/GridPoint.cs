namespace Hotspots.Demo;

/// <summary>A British National Grid position in metres, rounded to 0.1 m as the files hold it.</summary>
internal readonly record struct GridPoint(double Easting, double Northing)
{
    public static GridPoint Rounded(double easting, double northing) =>
        new(Math.Round(easting, 1), Math.Round(northing, 1));

    public double DistanceTo(double easting, double northing) =>
        Math.Sqrt(Math.Pow(Easting - easting, 2) + Math.Pow(Northing - northing, 2));
}
