using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Hotspots.Api;

/// <summary>
/// GeoJSON text PostGIS already wrote, sent on as it is. Parsing a district's Gi* cells (tens of megabytes) into a
/// JsonDocument only to write it out again rented buffers several times its size from the shared pool, which kept them.
/// </summary>
[JsonConverter(typeof(GeoJsonTextConverter))]
public sealed record GeoJsonText(string Json);

public sealed class GeoJsonTextConverter : JsonConverter<GeoJsonText>
{
    public override GeoJsonText Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("GeoJSON text is only written out.");

    // PostGIS made the text, so it is valid JSON; the bytes are encoded once, at their exact size.
    public override void Write(Utf8JsonWriter writer, GeoJsonText value, JsonSerializerOptions options) =>
        writer.WriteRawValue(Encoding.UTF8.GetBytes(value.Json), skipInputValidation: true);
}
