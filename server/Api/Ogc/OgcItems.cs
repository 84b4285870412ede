using System.Text.Json;
using Hotspots.Analysis;

namespace Hotspots.Api.Ogc;

/// <summary>
/// A page of items as a GeoJSON FeatureCollection with Part 1's members (numberMatched, numberReturned, timeStamp, a
/// next link while there is more) and the marking every export carries, as foreign members and on each feature.
/// </summary>
public static class OgcItems
{
    public static byte[] Write(OgcPage page, string self, string? next, string? previous)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            json.WriteString("type", "FeatureCollection");
            json.WriteString("classification", ExportMarking.Text);
            json.WriteString("handling", ExportMarking.Handling);
            json.WriteNumber("numberMatched", page.Matched);
            json.WriteNumber("numberReturned", page.Features.Count);
            json.WriteString("timeStamp", DateTimeOffset.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture));
            json.WriteStartArray("links");
            WriteLink(json, self, "self");
            if (next is not null) WriteLink(json, next, "next");
            if (previous is not null) WriteLink(json, previous, "prev");
            json.WriteEndArray();
            json.WriteStartArray("features");
            foreach (var feature in page.Features) WriteFeature(json, feature);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return buffer.ToArray();
    }

    public static byte[] Write(OgcFeature feature, string self)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            WriteFeature(json, feature, self);
        }
        return buffer.ToArray();
    }

    private static void WriteFeature(Utf8JsonWriter json, OgcFeature feature, string? self = null)
    {
        json.WriteStartObject();
        json.WriteString("type", "Feature");
        json.WriteString("id", feature.Id);
        json.WritePropertyName("geometry");
        json.WriteRawValue(feature.Geometry);
        json.WritePropertyName("properties");
        json.WriteRawValue(feature.Properties);
        if (self is not null)
        {
            json.WriteStartArray("links");
            WriteLink(json, self, "self");
            json.WriteEndArray();
        }
        json.WriteEndObject();
    }

    private static void WriteLink(Utf8JsonWriter json, string href, string rel)
    {
        json.WriteStartObject();
        json.WriteString("href", href);
        json.WriteString("rel", rel);
        json.WriteString("type", OgcDocuments.GeoJson);
        json.WriteEndObject();
    }
}
