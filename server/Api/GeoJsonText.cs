using System.Text.Json;
using System.Text.Json.Serialization;

namespace Hotspots.Api;

/// <summary>
/// GeoJSON text PostGIS already wrote, as UTF-8, sent on as it is. Parsing a district's Gi* cells (tens of megabytes)
/// into a JsonDocument only to write it out again rented buffers several times its size from the shared pool, which
/// kept them.
/// </summary>
[JsonConverter(typeof(GeoJsonTextConverter))]
public sealed record GeoJsonText(byte[] Utf8);

public sealed class GeoJsonTextConverter : JsonConverter<GeoJsonText>
{
    public override GeoJsonText Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("GeoJSON text is only written out.");

    // PostGIS made the text, so it is valid JSON.
    public override void Write(Utf8JsonWriter writer, GeoJsonText value, JsonSerializerOptions options) =>
        writer.WriteRawValue(value.Utf8, skipInputValidation: true);
}
