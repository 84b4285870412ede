using System.Text;
using System.Text.Json;
using NetTopologySuite.IO.Converters;

namespace Hotspots.Analysis;

/// <summary>
/// One layer as GeoJSON in British National Grid, with the legacy named "crs" member that GDAL and QGIS honour (not RFC
/// 7946, which is WGS84 only; the map's own GeoJSON is WGS84). The marking is a foreign member and a property of each feature.
/// </summary>
public static class GeoJsonExport
{
    private static readonly JsonSerializerOptions Geometry = new() { Converters = { new GeoJsonConverterFactory() } };

    public static byte[] Write(ExportLayer layer)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("type", "FeatureCollection");
            json.WriteString("name", layer.Name);
            json.WriteString("classification", ExportMarking.Text);
            json.WriteString("handling", ExportMarking.Handling);
            json.WriteStartObject("crs");
            json.WriteString("type", "name");
            json.WriteStartObject("properties");
            json.WriteString("name", "urn:ogc:def:crs:EPSG::27700");
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartArray("features");
            foreach (var feature in layer.Features)
            {
                json.WriteStartObject();
                json.WriteString("type", "Feature");
                json.WritePropertyName("geometry");
                JsonSerializer.Serialize(json, feature.Shape, Geometry);
                json.WriteStartObject("properties");
                for (var i = 0; i < layer.Columns.Count; i++)
                {
                    json.WritePropertyName(layer.Columns[i].Name);
                    JsonSerializer.Serialize(json, feature.Values[i]);
                }
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }
}
