using System.Globalization;

namespace Hotspots.Imports;

/// <summary>How one of the first rows reads with the chosen mapping: the values we would store, or why it would be rejected.</summary>
public sealed record SampleRow(int Line, string? OccurredFrom, string? ExploitationType, string? VictimAgeGroup, string? SourceReference,
    string? Location, string? Problem);

/// <summary>The first ten rows of a CSV file as read, and for incidents how each reads with the mapping; nothing for other formats.</summary>
public sealed record PreviewRows(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<SampleRow> Sample)
{
    private const int Count = 10;

    public static async Task<PreviewRows> Of(string path, ImportOptions options, CancellationToken cancel)
    {
        await using var stream = File.OpenRead(path);
        var start = new byte[16];
        var length = await stream.ReadAsync(start, cancel);
        stream.Position = 0;
        if (!LooksLikeCsv(start.AsSpan(0, length))) return new([], [], []);
        var file = await SourceFile.Inspect(stream, options.MaxBytes, isText: true, cancel);
        using var csv = options.Kind == ImportKind.Postcodes
            ? new CsvRows(file, hasHeader: false, PostcodeTarget.CodePointColumns)
            : new CsvRows(file, hasHeader: true);
        var reader = Reader(options, csv.Headers);
        var rows = new List<IReadOnlyList<string>>();
        var sample = new List<SampleRow>();
        await foreach (var row in csv.Read(cancel))
        {
            rows.Add(csv.Headers.Select(h => row[h] ?? "").ToList());
            if (reader is not null) sample.Add(Sampled(row.Line, reader.Read(row)));
            if (rows.Count == Count) break;
        }
        return new(csv.Headers, rows, sample);
    }

    /// <summary>The incident reader for the mapping, or none when the mapping cannot read the file yet (the preview says why).</summary>
    private static IncidentReader? Reader(ImportOptions options, IReadOnlyList<string> headers)
    {
        try
        {
            return options.Kind switch
            {
                ImportKind.Incidents when options.Profile is null => new(IncidentColumns.ForPartner(options.Mapping ?? new IncidentMapping([]), headers)),
                ImportKind.PoliceUk => new(IncidentColumns.ForPoliceUk(options.Mapping, headers)),
                _ => null,
            };
        }
        catch (ImportRefused) { return null; }
    }

    private static SampleRow Sampled(int line, (IncidentRecord? Record, string? Problem) read) => read.Record is { } r
        ? new(line, r.OccurredFrom.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), r.ExploitationType, r.VictimAgeGroup,
            r.SourceReference, r.Easting is { } e && r.Northing is { } n ? $"E {e:0} N {n:0}" : $"postcode {r.Postcode}", null)
        : new(line, null, null, null, null, null, read.Problem);

    /// <summary>Not GeoJSON, a zipped Shapefile or a GeoPackage, whose rows are features rather than lines.</summary>
    private static bool LooksLikeCsv(ReadOnlySpan<byte> start) =>
        !(start.TrimStart(" \t\r\n\uFEFF"u8).StartsWith("{"u8) || start.StartsWith("PK\u0003\u0004"u8) || start.StartsWith("SQLite format 3"u8));
}
