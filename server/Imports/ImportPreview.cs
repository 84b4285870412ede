namespace Hotspots.Imports;

public sealed record ColumnGuess(string Field, string Column);

/// <summary>A dry run of a file: its first rows, the columns we would read each field from, and what would happen.</summary>
public sealed record ImportPreview(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> FirstRows,
    IReadOnlyList<ColumnGuess> GuessedMapping, ImportSummary Summary)
{
    public static async Task<ImportPreview> Of(Importer importer, string path, ImportOptions options, CancellationToken cancel)
    {
        var (columns, rows) = await FirstRowsOf(path, options, cancel);
        var guessed = options.Kind is ImportKind.Incidents
            ? (options.Mapping ?? new IncidentMapping([])).Resolve(columns).Select(g => new ColumnGuess(g.Key, g.Value)).ToList()
            : [];
        await using var stream = File.OpenRead(path);
        var summary = await importer.Import(stream, options with { DryRun = true }, cancel: cancel);
        return new ImportPreview(columns, rows, guessed, summary);
    }

    private static async Task<(IReadOnlyList<string>, IReadOnlyList<IReadOnlyList<string>>)> FirstRowsOf(string path, ImportOptions options,
        CancellationToken cancel)
    {
        await using var stream = File.OpenRead(path);
        var start = new byte[16];
        var length = await stream.ReadAsync(start, cancel);
        stream.Position = 0;
        if (!LooksLikeCsv(start.AsSpan(0, length))) return ([], []);
        var file = await SourceFile.Inspect(stream, options.MaxBytes, isText: true, cancel);
        using var csv = options.Kind == ImportKind.Postcodes
            ? new CsvRows(file, hasHeader: false, PostcodeTarget.CodePointColumns)
            : new CsvRows(file, hasHeader: true);
        var rows = new List<IReadOnlyList<string>>();
        await foreach (var row in csv.Read(cancel))
        {
            rows.Add(csv.Headers.Select(h => row[h] ?? "").ToList());
            if (rows.Count == 10) break;
        }
        return (csv.Headers, rows);
    }

    /// <summary>Not GeoJSON, a zipped Shapefile or a GeoPackage, whose rows are features rather than lines.</summary>
    private static bool LooksLikeCsv(ReadOnlySpan<byte> start) =>
        !(start.TrimStart(" \t\r\n\uFEFF"u8).StartsWith("{"u8) || start.StartsWith("PK\u0003\u0004"u8) || start.StartsWith("SQLite format 3"u8));
}
