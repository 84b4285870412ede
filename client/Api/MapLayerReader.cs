using System.Text.Json;

namespace Hotspots.Client.Api;

/// <summary>
/// Reads an incidentMap answer without parsing its features: .NET on WebAssembly takes most of a minute to parse
/// 100 000 points, the browser's JSON.parse a fraction of a second. Features are selected last, so they run to the
/// closing braces of incidentMap, data and the answer.
/// </summary>
public static class MapLayerReader
{
    public static MapLayer Read(byte[] body)
    {
        var reader = new Utf8JsonReader(body);
        reader.Read();
        reader.Read();
        if (reader.ValueTextEquals("errors"))
        {
            reader.Read();
            throw new GraphQLException(GraphQLClient.Messages(JsonSerializer.Deserialize<List<GraphQLClient.Error>>(ref reader, GraphQLClient.Json)!));
        }
        long? full = null;
        string? generalised = null;
        int? shown = null;
        long withheld = 0;
        string? classification = null;
        if (reader.ValueTextEquals("data") && reader.Read() && reader.Read() && reader.ValueTextEquals("incidentMap") && reader.Read()
            && reader.TokenType == JsonTokenType.StartObject)
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("fullRecords") && reader.Read()) full = reader.GetInt64();
                else if (reader.ValueTextEquals("generalisedRecords") && reader.Read())
                    generalised = JsonSerializer.Deserialize<JsonElement>(ref reader).GetProperty("display").GetString();
                else if (reader.ValueTextEquals("shown") && reader.Read()) shown = reader.GetInt32();
                else if (reader.ValueTextEquals("withheldCells") && reader.Read()) withheld = reader.GetInt64();
                else if (reader.ValueTextEquals("classification") && reader.Read()) classification = reader.GetString();
                else if (reader.ValueTextEquals("features") && reader.Read() && full is { } f && generalised is { } g && shown is { } s
                    && classification is { } c && EndOfFeatures(body) is { } end && end > reader.TokenStartIndex)
                    return new MapLayer(f, g, withheld, s, body[(int)reader.TokenStartIndex..end], c);
                else break;
            }
        return Parsed(body);
    }

    /// <summary>Where the features end if only the three closing braces follow them.</summary>
    private static int? EndOfFeatures(byte[] body)
    {
        var end = body.Length;
        for (var braces = 0; braces < 3; braces++)
        {
            while (end > 0 && char.IsWhiteSpace((char)body[end - 1])) end--;
            if (end == 0 || body[end - 1] != (byte)'}') return null;
            end--;
        }
        while (end > 0 && char.IsWhiteSpace((char)body[end - 1])) end--;
        return end;
    }

    // Any other shape (extensions, a reordered answer) is still read correctly, only slowly.
    private static MapLayer Parsed(byte[] body)
    {
        using var document = JsonDocument.Parse(body);
        if (document.RootElement.TryGetProperty("errors", out var errors))
            throw new GraphQLException(GraphQLClient.Messages(errors.Deserialize<List<GraphQLClient.Error>>(GraphQLClient.Json)!));
        var layer = document.RootElement.GetProperty("data").GetProperty("incidentMap");
        return new MapLayer(layer.GetProperty("fullRecords").GetInt64(),
            layer.GetProperty("generalisedRecords").GetProperty("display").GetString()!,
            layer.TryGetProperty("withheldCells", out var withheld) ? withheld.GetInt64() : 0, layer.GetProperty("shown").GetInt32(),
            System.Text.Encoding.UTF8.GetBytes(layer.GetProperty("features").GetRawText()),
            // An answer without its marking is treated as the higher one.
            layer.TryGetProperty("classification", out var marking) ? marking.GetString()! : "OFFICIAL_SENSITIVE");
    }
}
