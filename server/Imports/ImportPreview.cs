namespace Hotspots.Imports;

public sealed record ColumnGuess(string Field, string Column);

/// <summary>
/// A dry run of a file: its first rows, the columns we would read each field from, how the first rows read with them,
/// and what would happen. A file the mapping cannot read yet is still previewed (columns and rows), with the reason,
/// so that the analyst can map its columns.
/// </summary>
public sealed record ImportPreview(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> FirstRows,
    IReadOnlyList<ColumnGuess> GuessedMapping, IReadOnlyList<SampleRow> Sample, ImportSummary? Summary, string? Refusal,
    IReadOnlyList<GeoPackageLayer> Layers)
{
    public static async Task<ImportPreview> Of(Importer importer, string path, ImportOptions options, CancellationToken cancel)
    {
        var first = await PreviewRows.Of(path, options, cancel);
        var layers = await GeoPackageFile.LayersOf(path, cancel);
        var guessed = options.Kind is ImportKind.Incidents
            ? (options.Mapping ?? new IncidentMapping([])).Resolve(first.Columns).Select(g => new ColumnGuess(g.Key, g.Value)).ToList()
            : [];
        try
        {
            await using var stream = File.OpenRead(path);
            var summary = await importer.Import(stream, options with { DryRun = true }, cancel: cancel);
            return new ImportPreview(first.Columns, first.Rows, guessed, first.Sample, summary, null, layers);
        }
        catch (ImportRefused refused) when (first.Columns.Count > 0 || layers.Count > 1)
        {
            return new ImportPreview(first.Columns, first.Rows, guessed, first.Sample, null, refused.Message, layers);
        }
    }
}
