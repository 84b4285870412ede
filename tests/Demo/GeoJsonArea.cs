using System.Text.Json;
using NetTopologySuite.Geometries;

namespace Hotspots.Tests.Demo;

/// <summary>Reads areas.geojson back independently of the writer, to test the file itself.</summary>
internal sealed record GeoJsonArea(string Kind, string Code, string Name, Geometry Geometry)
{
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 27700);

    public static List<GeoJsonArea> Read(string path)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return [.. document.RootElement.GetProperty("features").EnumerateArray().Select(f =>
        {
            var properties = f.GetProperty("properties");
            return new GeoJsonArea(
                properties.GetProperty("kind").GetString()!, properties.GetProperty("code").GetString()!,
                properties.GetProperty("name").GetString()!, ReadGeometry(f.GetProperty("geometry")));
        })];
    }

    private static Geometry ReadGeometry(JsonElement geometry)
    {
        var coordinates = geometry.GetProperty("coordinates");
        return geometry.GetProperty("type").GetString() switch
        {
            "Polygon" => Polygon(coordinates),
            "MultiPolygon" => Factory.CreateMultiPolygon([.. coordinates.EnumerateArray().Select(Polygon)]),
            var other => throw new InvalidDataException(other),
        };
    }

    private static Polygon Polygon(JsonElement rings)
    {
        var all = rings.EnumerateArray().Select(r => Factory.CreateLinearRing(
            [.. r.EnumerateArray().Select(c => new Coordinate(c[0].GetDouble(), c[1].GetDouble()))])).ToList();
        return Factory.CreatePolygon(all[0], [.. all.Skip(1)]);
    }
}
