using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;

namespace Hotspots.Imports;

/// <summary>
/// The features of a GeoJSON FeatureCollection, in WGS84 (RFC 7946) unless its legacy "crs" member names
/// British National Grid. A feature whose geometry cannot be read is still a row, with a problem.
/// </summary>
public sealed class GeoJsonRows : SourceRow, IDisposable
{
    private static readonly JsonSerializerOptions Options = new() { Converters = { new GeoJsonConverterFactory() } };
    private readonly JsonDocument document;
    private int line;
    private JsonElement feature, properties;
    private Geometry? shape;

    private GeoJsonRows(JsonDocument document, int srid) => (this.document, ShapeSridOfFile) = (document, srid);

    private int ShapeSridOfFile { get; }
    private string? shapeProblem;
    public int Count => Features.GetArrayLength();
    private JsonElement Features => document.RootElement.GetProperty("features");

    public static async Task<GeoJsonRows> Open(SourceFile file, CancellationToken cancel)
    {
        JsonDocument document;
        try { document = await JsonDocument.ParseAsync(file.Stream, cancellationToken: cancel); }
        catch (JsonException e) { throw new ImportRefused($"The file is not valid JSON: {e.Message}"); }
        if (document.RootElement.ValueKind != JsonValueKind.Object || !document.RootElement.TryGetProperty("features", out var features)
            || features.ValueKind != JsonValueKind.Array)
            throw new ImportRefused("The file is not a GeoJSON FeatureCollection (no \"features\" array).");
        return new GeoJsonRows(document, Srid(document.RootElement));
    }

    private static int Srid(JsonElement root)
    {
        if (!root.TryGetProperty("crs", out var crs) || !crs.TryGetProperty("properties", out var p) || !p.TryGetProperty("name", out var n))
            return 4326;
        var name = n.GetString() ?? "";
        if (name.EndsWith("CRS84", StringComparison.OrdinalIgnoreCase) || name.EndsWith("4326")) return 4326;
        if (name.EndsWith("27700")) return 27700;
        throw new ImportRefused($"Unknown CRS '{name}': give the file in WGS84 (EPSG:4326) or British National Grid (EPSG:27700).");
    }

    /// <summary>The property names of the features, in the order first seen, for guessing the columns.</summary>
    public IReadOnlyList<string> PropertyNames() => Features.EnumerateArray()
        .Where(f => f.TryGetProperty("properties", out var p) && p.ValueKind == JsonValueKind.Object)
        .SelectMany(f => f.GetProperty("properties").EnumerateObject().Select(p => p.Name)).Distinct().ToList();

    public override int Line => line;
    public override string Source => feature.GetRawText();
    public override Geometry? Shape => shape;
    public override int ShapeSrid => ShapeSridOfFile;
    public override string? ShapeProblem => shapeProblem;

    public override string? this[string column] =>
        properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(column, out var value) ? Text(value) : null;

    public async IAsyncEnumerable<SourceRow> Read([EnumeratorCancellation] CancellationToken cancel)
    {
        foreach (var item in Features.EnumerateArray())
        {
            cancel.ThrowIfCancellationRequested();
            line++;
            feature = item;
            properties = item.TryGetProperty("properties", out var p) ? p : default;
            (shape, shapeProblem) = ReadShape(item);
            yield return this;
        }
        await Task.CompletedTask;
    }

    private static (Geometry?, string?) ReadShape(JsonElement item)
    {
        if (!item.TryGetProperty("geometry", out var geometry) || geometry.ValueKind == JsonValueKind.Null) return (null, "the feature has no geometry");
        try { return (geometry.Deserialize<Geometry>(Options), null); }
        catch (Exception e) when (e is JsonException or ArgumentException or InvalidOperationException)
        { return (null, $"the geometry cannot be read: {e.Message}"); }
    }

    private static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() is { Length: > 0 } s ? s.Trim() : null,
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.True or JsonValueKind.False => value.GetBoolean().ToString(CultureInfo.InvariantCulture).ToLowerInvariant(),
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => value.GetRawText(),
    };

    public void Dispose() => document.Dispose();
}
