namespace Hotspots.Imports;

/// <summary>
/// Which source column holds each of our incident fields, and how a source's own codes translate into ours
/// (e.g. exploitation_type: "CSE" → child_sexual_exploitation), and which coordinates to read. A field mapped to ""
/// is not read at all, not even guessed. Saved per agency in import_profiles as jsonb.
/// </summary>
public sealed record IncidentMapping(
    Dictionary<string, string> Columns,
    Dictionary<string, Dictionary<string, string>>? Values = null,
    Coordinates? Coordinates = null)
{
    public static readonly string[] Fields =
    [
        "occurred_from", "occurred_to", "reported_on", "exploitation_type", "victim_age_group", "source_reference",
        "intelligence_grade", "easting", "northing", "longitude", "latitude", "postcode",
    ];

    // Headers partners actually use, compared without case, spaces or punctuation.
    private static readonly Dictionary<string, string[]> Guesses = new()
    {
        ["occurred_from"] = ["occurredfrom", "occurred", "date", "incidentdate", "datefrom", "fromdate", "startdate", "month"],
        ["occurred_to"] = ["occurredto", "dateto", "todate", "enddate"],
        ["reported_on"] = ["reportedon", "reported", "datereported", "reportdate"],
        ["exploitation_type"] = ["exploitationtype", "exploitation", "type", "category", "crimetype"],
        ["victim_age_group"] = ["victimagegroup", "agegroup", "victimage", "age"],
        ["source_reference"] = ["sourcereference", "reference", "ref", "id", "crimeid", "caseref", "casereference", "urn"],
        ["intelligence_grade"] = ["intelligencegrade", "grade", "grading"],
        ["easting"] = ["easting", "eastings", "x", "east"],
        ["northing"] = ["northing", "northings", "y", "north"],
        ["longitude"] = ["longitude", "lon", "lng", "long"],
        ["latitude"] = ["latitude", "lat"],
        ["postcode"] = ["postcode", "postalcode", "post code", "zip"],
    };

    /// <summary>The source column of each field: this mapping's where given, otherwise a guess from the headers.</summary>
    public Dictionary<string, string> Resolve(IReadOnlyList<string> headers)
    {
        var byKey = headers.GroupBy(Key).ToDictionary(g => g.Key, g => g.First());
        var resolved = new Dictionary<string, string>();
        foreach (var field in Fields.Where(f => Coordinates is not { } only || !LocationFields.Of(only).Excludes(f)))
        {
            if (Columns.TryGetValue(field, out var given))
            {
                if (given.Length > 0) resolved[field] = given;
            }
            else if (Guesses[field].Select(Key).FirstOrDefault(byKey.ContainsKey) is { } guess) resolved[field] = byKey[guess];
        }
        return resolved;
    }

    public static IReadOnlyList<string> LooksFor(string field) => Guesses[field];

    /// <summary>Our code for a source value of a field: from this mapping's value map, else the value itself.</summary>
    public string Translate(string field, string value) =>
        Values is not null && Values.TryGetValue(field, out var map) && map.TryGetValue(value, out var code) ? code : value;

    public static string Key(string header) => new(header.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());
}
