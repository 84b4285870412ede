using System.Text.Json;
using NetTopologySuite.Geometries;
using NetTopologySuite.Precision;

namespace Hotspots.Demo;

/// <summary>
/// The 23 real Kirklees wards (ONS, December 2013, generalised and clipped; GeoJSON by Martin Chorley),
/// moved from WGS84 to British National Grid and rounded to 0.1 m.
/// </summary>
internal static class KirkleesWards
{
    public static IReadOnlyList<DemoArea> Read(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var wards = document.RootElement.GetProperty("features").EnumerateArray().Select(feature =>
        {
            var properties = feature.GetProperty("properties");
            var geometry = Geometry(feature.GetProperty("geometry"));
            return new DemoArea("ward", properties.GetProperty("WD13CD").GetString()!, properties.GetProperty("WD13NM").GetString()!, geometry);
        });
        return [.. wards.OrderBy(w => w.Code, StringComparer.Ordinal)];
    }

    private static Geometry Geometry(JsonElement geometry)
    {
        var coordinates = geometry.GetProperty("coordinates");
        Geometry shape = geometry.GetProperty("type").GetString() switch
        {
            "Polygon" => Polygon(coordinates),
            "MultiPolygon" => Kirklees.Grid.CreateMultiPolygon([.. coordinates.EnumerateArray().Select(Polygon)]),
            var other => throw new InvalidDataException($"ward geometry {other} is not a polygon"),
        };
        // Neighbours share their vertices in the source, so they round to identical edges and union cleanly.
        return GeometryPrecisionReducer.Reduce(shape, Kirklees.Grid.PrecisionModel);
    }

    private static Polygon Polygon(JsonElement rings)
    {
        var all = rings.EnumerateArray().Select(ring => Kirklees.Grid.CreateLinearRing([.. ring.EnumerateArray().Select(Grid)])).ToList();
        return Kirklees.Grid.CreatePolygon(all[0], [.. all.Skip(1)]);
    }

    private static Coordinate Grid(JsonElement lonLat)
    {
        var (easting, northing) = Imports.Grid.FromLongitudeLatitude(lonLat[0].GetDouble(), lonLat[1].GetDouble());
        return new Coordinate(Math.Round(easting, 1), Math.Round(northing, 1));
    }
}
