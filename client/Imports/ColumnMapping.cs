using Hotspots.Client.Api;

namespace Hotspots.Client.Imports;

/// <summary>
/// The analyst's column choices for an incident file: which column holds each of our fields, and which coordinates
/// locate the rows. Starts from the server's guesses; fields left empty are not read.
/// </summary>
public sealed class ColumnMapping
{
    public static readonly (string Code, string Name)[] CoordinateSystems =
    [
        ("BRITISH_NATIONAL_GRID", "Eastings and northings (British National Grid)"), ("WGS84", "Longitude and latitude (WGS84)"),
        ("POSTCODE_ONLY", "Postcode only"),
    ];

    private static readonly (string Field, string Name, bool Needed)[] Described =
    [
        ("occurred_from", "When it happened", true), ("occurred_to", "Until (if a period)", false), ("reported_on", "Reported on", false),
        ("exploitation_type", "Exploitation type", true), ("victim_age_group", "Victim age group", false),
        ("source_reference", "Your reference", false), ("intelligence_grade", "Intelligence grade", false),
        ("easting", "Easting", true), ("northing", "Northing", true), ("longitude", "Longitude", true), ("latitude", "Latitude", true),
        ("postcode", "Postcode", true),
    ];

    private readonly Dictionary<string, string> columns = [];

    public string Coordinates { get; set; } = "BRITISH_NATIONAL_GRID";

    /// <summary>The fields to choose a column for, with the chosen coordinates' location fields only.</summary>
    public IEnumerable<(string Field, string Name, bool Needed)> Fields => Described.Where(f => !Hidden(f.Field));

    public string this[string field]
    {
        get => columns.GetValueOrDefault(field, "");
        set => columns[field] = value;
    }

    /// <summary>Takes the server's guesses, and the coordinates they point to.</summary>
    public void Guess(IEnumerable<ColumnGuess> guesses)
    {
        columns.Clear();
        foreach (var guess in guesses) columns[guess.Field] = guess.Column;
        Coordinates = Has("easting") && Has("northing") ? "BRITISH_NATIONAL_GRID"
            : Has("longitude") && Has("latitude") ? "WGS84" : Has("postcode") ? "POSTCODE_ONLY" : Coordinates;
    }

    public void Use(ImportProfile profile)
    {
        Guess(profile.Columns);
        if (profile.Coordinates is { } coordinates) Coordinates = coordinates;
    }

    /// <summary>Every field, so that a field left empty is not guessed again by the server.</summary>
    public List<ColumnGuess> Choices() => Described.Select(f => new ColumnGuess(f.Field, Hidden(f.Field) ? "" : this[f.Field])).ToList();

    private bool Has(string field) => this[field].Length > 0;

    private bool Hidden(string field) => Coordinates switch
    {
        "WGS84" => field is "easting" or "northing" or "postcode",
        "POSTCODE_ONLY" => field is "easting" or "northing" or "longitude" or "latitude",
        _ => field is "longitude" or "latitude" or "postcode",
    };
}
