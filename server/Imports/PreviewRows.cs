using System.Globalization;

namespace Hotspots.Imports;

/// <summary>How one of the first rows reads with the chosen mapping: the values we would store, or why it would be rejected.</summary>
public sealed record SampleRow(int Line, string? OccurredFrom, string? ExploitationType, string? VictimAgeGroup, string? SourceReference,
    string? Location, string? Problem);

/// <summary>
/// The first ten rows of a file as read, and for incidents how each reads with the mapping. The columns of a GeoJSON,
/// Shapefile or GeoPackage are its attribute names, mapped like a CSV's headers (each row's place is its geometry).
/// </summary>
public sealed record PreviewRows(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string>> Rows, IReadOnlyList<SampleRow> Sample)
{
    private const int Count = 10;
    private static readonly PreviewRows None = new([], [], []);

    public static async Task<PreviewRows> Of(string path, ImportOptions options, CancellationToken cancel)
    {
        await using var stream = File.OpenRead(path);
        var start = new byte[16];
        var length = await stream.ReadAsync(start, cancel);
        stream.Position = 0;
        var file = await SourceFile.Inspect(stream, options.MaxBytes, options.Encoding, cancel);
        var head = start.AsSpan(0, length);
        try
        {
            if (head.TrimStart(" \t\r\n\uFEFF"u8).StartsWith("{"u8))
            {
                using var json = await GeoJsonRows.Open(file, cancel);
                return await First(json.Read(cancel), json.PropertyNames(), options, hasGeometry: true, cancel);
            }
            if (head.StartsWith("PK\u0003\u0004"u8) || head.StartsWith("SQLite format 3"u8))
            {
                using var features = head[0] == 'P'
                    ? ShapefileZip.Open(file.Stream, options.Layer, options.MaxBytes) : await GeoPackageFile.Open(file.Stream, options.Layer, cancel);
                return await First(features.Read(cancel), features.PropertyNames, options, hasGeometry: true, cancel);
            }
        }
        catch (ImportRefused)
        {
            return None;  // the dry run that follows says why
        }
        using var csv = options.Kind == ImportKind.Postcodes
            ? new CsvRows(file, hasHeader: false, PostcodeTarget.CodePointColumns)
            : new CsvRows(file, hasHeader: true);
        return await First(csv.Read(cancel), csv.Headers, options, hasGeometry: false, cancel);
    }

    private static async Task<PreviewRows> First(IAsyncEnumerable<SourceRow> source, IReadOnlyList<string> columns, ImportOptions options,
        bool hasGeometry, CancellationToken cancel)
    {
        var reader = Reader(options, columns, hasGeometry);
        var rows = new List<IReadOnlyList<string>>();
        var sample = new List<SampleRow>();
        await foreach (var row in source.WithCancellation(cancel))
        {
            rows.Add(columns.Select(h => row[h] ?? "").ToList());
            if (reader is not null) sample.Add(Sampled(row.Line, reader.Read(row)));
            if (rows.Count == Count) break;
        }
        return new(columns, rows, sample);
    }

    /// <summary>The incident reader for the mapping, or none when the mapping cannot read the file yet (the preview says why).</summary>
    private static IncidentReader? Reader(ImportOptions options, IReadOnlyList<string> headers, bool hasGeometry)
    {
        try
        {
            return options.Kind switch
            {
                ImportKind.Incidents when options.Profile is null =>
                    new(IncidentColumns.ForPartner(options.Mapping ?? new IncidentMapping([]), headers, hasGeometry)),
                ImportKind.PoliceUk when !hasGeometry => new(IncidentColumns.ForPoliceUk(options.Mapping, headers)),
                _ => null,
            };
        }
        catch (ImportRefused) { return null; }
    }

    private static SampleRow Sampled(int line, (IncidentRecord? Record, string? Problem) read) => read.Record is { } r
        ? new(line, r.OccurredFrom.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), r.ExploitationType, r.VictimAgeGroup,
            r.SourceReference, r.Easting is { } e && r.Northing is { } n ? $"E {e:0} N {n:0}" : $"postcode {r.Postcode}", null)
        : new(line, null, null, null, null, null, read.Problem);
}
