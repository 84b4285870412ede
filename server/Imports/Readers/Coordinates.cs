using System.Text.Json.Serialization;

namespace Hotspots.Imports;

/// <summary>How a file gives each incident's location, when the analyst says so rather than leaving it to the columns found.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Coordinates>))]
public enum Coordinates
{
    /// <summary>Longitude and latitude (WGS84, as GPS and web maps give them).</summary>
    Wgs84,
    /// <summary>Eastings and northings in metres (British National Grid, EPSG:27700).</summary>
    BritishNationalGrid,
    /// <summary>Only a UK postcode, placed at its Code-Point Open point.</summary>
    PostcodeOnly,
}

/// <summary>The location fields a choice of coordinates reads; the others are left alone even when a column looks like one.</summary>
public sealed record LocationFields(params string[] Fields)
{
    private static readonly string[] All = ["easting", "northing", "longitude", "latitude", "postcode"];

    public static LocationFields Of(Coordinates coordinates) => coordinates switch
    {
        Coordinates.Wgs84 => new("longitude", "latitude"),
        Coordinates.BritishNationalGrid => new("easting", "northing"),
        _ => new("postcode"),
    };

    public bool Excludes(string field) => All.Contains(field) && !Fields.Contains(field);
}
