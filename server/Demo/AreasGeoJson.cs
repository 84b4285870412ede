using System.Text;
using System.Text.Json;
using NetTopologySuite.Algorithm;
using NetTopologySuite.Geometries;

namespace Hotspots.Demo;

/// <summary>
/// Writes areas as GeoJSON in British National Grid metres. The legacy named "crs" member is
/// not RFC 7946 (which is WGS84 only), but PostGIS's ST_GeomFromGeoJSON honours it. It is
/// repeated on every geometry because PostGIS reads only the geometry's own member and otherwise
/// silently assumes WGS84 (SRID 4326).
/// </summary>
internal static class AreasGeoJson
{
    public const string CrsMember =
        "\"crs\": {\"type\": \"name\", \"properties\": {\"name\": \"urn:ogc:def:crs:EPSG::27700\"}}";

    public static void Write(TextWriter writer, IReadOnlyList<DemoArea> areas)
    {
        writer.Write("{\n\"type\": \"FeatureCollection\",\n\"name\": \"kirklees_demo_areas\",\n");
        writer.Write(CrsMember);
        writer.Write(",\n\"features\": [\n");
        for (var i = 0; i < areas.Count; i++)
        {
            writer.Write(Feature(areas[i]));
            writer.Write(i < areas.Count - 1 ? ",\n" : "\n");
        }
        writer.Write("]\n}\n");
    }

    private static string Feature(DemoArea area)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("type", "Feature");
            json.WriteStartObject("properties");
            json.WriteString("kind", area.Kind);
            json.WriteString("code", area.Code);
            json.WriteString("name", area.Name);
            json.WriteEndObject();
            json.WriteStartObject("geometry");
            WriteGeometry(json, area.Geometry);
            json.WriteStartObject("crs");
            json.WriteString("type", "name");
            json.WriteStartObject("properties");
            json.WriteString("name", "urn:ogc:def:crs:EPSG::27700");
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteGeometry(Utf8JsonWriter json, Geometry geometry)
    {
        var polygons = Enumerable.Range(0, geometry.NumGeometries).Select(i => (Polygon)geometry.GetGeometryN(i)).ToList();
        json.WriteString("type", polygons.Count == 1 ? "Polygon" : "MultiPolygon");
        json.WriteStartArray("coordinates");
        foreach (var polygon in polygons)
        {
            if (polygons.Count > 1) json.WriteStartArray();
            WriteRing(json, polygon.Shell, counterClockwise: true);
            foreach (var hole in polygon.Holes) WriteRing(json, hole, counterClockwise: false);
            if (polygons.Count > 1) json.WriteEndArray();
        }
        json.WriteEndArray();
    }

    // RFC 7946's right-hand rule: outer rings anticlockwise, holes clockwise.
    private static void WriteRing(Utf8JsonWriter json, LineString ring, bool counterClockwise)
    {
        var coordinates = ring.Coordinates.ToArray();
        if (Orientation.IsCCW(coordinates) != counterClockwise) Array.Reverse(coordinates);
        json.WriteStartArray();
        foreach (var c in coordinates)
        {
            json.WriteStartArray();
            json.WriteNumberValue(Math.Round(c.X, 1));
            json.WriteNumberValue(Math.Round(c.Y, 1));
            json.WriteEndArray();
        }
        json.WriteEndArray();
    }
}
