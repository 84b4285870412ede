using System.Runtime.CompilerServices;
using System.Text;
using CsvHelper;

namespace Hotspots.Imports;

/// <summary>A CSV file read one record at a time, its separator detected (comma, semicolon, tab or bar).</summary>
public sealed class CsvRows : SourceRow, IDisposable
{
    private readonly CsvReader csv;
    private readonly Dictionary<string, int> columns = new(StringComparer.OrdinalIgnoreCase);

    public CsvRows(SourceFile file, bool hasHeader, IReadOnlyList<string>? names = null)
    {
        csv = CsvReader.Create(file.Stream, new CsvReaderOptions
        {
            HasHeader = hasHeader, Encoding = file.Encoding, TrackLineNumbers = true, TrimWhitespace = true,
            AllowLineBreaksInQuotes = true,
        }, leaveOpen: true);
        csv.ReadHeader();
        Headers = hasHeader ? csv.Headers.Select(h => h.Trim()).ToArray() : names!.ToArray();
        for (var i = 0; i < Headers.Count; i++) columns.TryAdd(Headers[i], i);
    }

    public IReadOnlyList<string> Headers { get; }
    public char Separator => csv.Separator;
    public long BytesRead => csv.ByteOffset;

    public override int Line => (int)csv.LineNumber;
    public override string Source => Encoding.UTF8.GetString(csv.RawRecord);

    public override string? this[string column] =>
        columns.TryGetValue(column, out var i) && i < csv.FieldCount && csv.GetString(i) is { Length: > 0 } value ? value : null;

    public bool Has(string column) => columns.ContainsKey(column);

    public async IAsyncEnumerable<SourceRow> Read([EnumeratorCancellation] CancellationToken cancel)
    {
        while (await csv.ReadAsync(cancel)) yield return this;
    }

    public void Dispose() => csv.Dispose();
}
