namespace Hotspots.Demo;

/// <summary>A town the demo scatters people and places around.</summary>
/// <param name="Weight">Relative population, in thousands.</param>
/// <param name="Postcodes">Postcode districts; the first is the town centre's.</param>
internal sealed record DemoTown(string Name, double Easting, double Northing, double Weight, string[] Postcodes)
{
    // Bigger towns spread further; the square root keeps Huddersfield from swallowing the valleys.
    public double Spread => Math.Min(2400, 190 * Math.Sqrt(Weight));

    public double DistanceTo(double easting, double northing) =>
        Math.Sqrt(Math.Pow(easting - Easting, 2) + Math.Pow(northing - Northing, 2));
}
