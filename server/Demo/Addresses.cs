namespace Hotspots.Demo;

/// <summary>Invented but plausible addresses and postcode-shaped strings for the nearest town.</summary>
internal static class Addresses
{
    private static readonly string[] StreetNames =
    [
        "Station", "Church", "Mill", "Victoria", "Albert", "King", "Queen", "Park", "Green", "Manor",
        "Chapel", "Spring", "Wood", "Bank", "High", "Market", "Northgate", "Westgate", "Bradford",
        "Wakefield", "Leeds", "Halifax", "Oak", "Elm", "Beech", "Moor", "Hall", "Union", "Cross", "Field",
    ];

    private static readonly string[] StreetKinds = ["Street", "Road", "Lane", "Terrace", "Avenue", "Close", "Grove", "Drive"];

    // Letters the Royal Mail uses in the inward code's last two places.
    private const string InwardLetters = "ABDEFGHJLNPQRSTUWXYZ";

    public static (string Address, string Postcode) For(Random rng, GridPoint p, string? building = null)
    {
        var town = Kirklees.NearestTown(p.Easting, p.Northing);
        var street = $"{StreetNames[rng.Next(StreetNames.Length)]} {StreetKinds[rng.Next(StreetKinds.Length)]}";
        var address = building is null ? $"{1 + rng.Next(180)} {street}, {town.Name}" : $"{building}, {street}, {town.Name}";
        return (address, Postcode(rng, town, p));
    }

    private static string Postcode(Random rng, DemoTown town, GridPoint p)
    {
        var district = town.DistanceTo(p.Easting, p.Northing) < 1000
            ? town.Postcodes[0]
            : town.Postcodes[rng.Next(town.Postcodes.Length)];
        return $"{district} {1 + rng.Next(9)}{InwardLetters[rng.Next(InwardLetters.Length)]}{InwardLetters[rng.Next(InwardLetters.Length)]}";
    }
}
