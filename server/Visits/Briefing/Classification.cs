namespace Hotspots.Visits;

/// <summary>The Government Security Classification every briefing and export of an operation carries.</summary>
public static class Classification
{
    public const string Marking = "OFFICIAL-SENSITIVE";
    public const string Handling = "Do not forward outside the operation's team. Destroy after use.";
}

/// <summary>Longitude and latitude (WGS84) of a GeoJSON point as PostGIS wrote it.</summary>
public readonly record struct Wgs84(double Longitude, double Latitude)
{
    public static Wgs84 Of(string geoJsonPoint)
    {
        using var json = System.Text.Json.JsonDocument.Parse(geoJsonPoint);
        var coordinates = json.RootElement.GetProperty("coordinates");
        return new Wgs84(coordinates[0].GetDouble(), coordinates[1].GetDouble());
    }
}
