using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using NetTopologySuite.Geometries;

namespace Hotspots.Imports;

/// <summary>One feature of a Shapefile or GeoPackage layer: its shape and its attributes.</summary>
public sealed record SourceFeature(Geometry? Shape, IReadOnlyDictionary<string, object?> Attributes);

/// <summary>
/// The features of a Shapefile or GeoPackage layer as rows. Attribute names are matched without case, since
/// .dbf files often shout them (ADDRESS, POSTCODE).
/// </summary>
public sealed class FeatureRows(IEnumerable<SourceFeature> features, IReadOnlyList<string> propertyNames, int srid, Action? dispose = null)
    : SourceRow, IDisposable
{
    private SourceFeature current = new(null, new Dictionary<string, object?>());
    private Dictionary<string, object?> attributes = new(StringComparer.OrdinalIgnoreCase);
    private int line;

    public IReadOnlyList<string> PropertyNames { get; } = propertyNames;
    public override int Line => line;
    public override Geometry? Shape => current.Shape;
    public override int ShapeSrid => srid;
    public override string? ShapeProblem => current.Shape is null || current.Shape.IsEmpty ? "the feature has no geometry" : null;

    public override string Source => JsonSerializer.Serialize(new
    {
        properties = current.Attributes.ToDictionary(a => a.Key, a => Text(a.Value)),
        geometry = current.Shape?.AsText(),
    });

    public override string? this[string column] => attributes.TryGetValue(column, out var value) ? Text(value) : null;

    public async IAsyncEnumerable<SourceRow> Read([EnumeratorCancellation] CancellationToken cancel)
    {
        foreach (var feature in features)
        {
            cancel.ThrowIfCancellationRequested();
            line++;
            current = feature;
            attributes = new Dictionary<string, object?>(feature.Attributes, StringComparer.OrdinalIgnoreCase);
            yield return this;
        }
        await Task.CompletedTask;
    }

    private static string? Text(object? value) => value switch
    {
        null or DBNull => null,
        string s => s.Trim() is { Length: > 0 } t ? t : null,
        DateTime d => d.ToString(d.TimeOfDay == TimeSpan.Zero ? "yyyy-MM-dd" : "yyyy-MM-ddTHH:mm:ss", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    public void Dispose() => dispose?.Invoke();
}
