using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Hotspots.Analysis;

/// <summary>
/// Reads incidents from a CSV with a header: x,y (BNG metres) or longitude,latitude (WGS84, projected
/// to BNG); optional id and date. Bad rows are collected with their line number, good rows kept.
/// Hand-rolled rather than CsvHelper: only four columns matter, so the file is streamed as UTF-8
/// bytes and numbers are parsed straight from byte spans — no string per line or field, which keeps
/// a million rows to a few hundred milliseconds.
/// </summary>
public static class IncidentCsv
{
    public static IncidentTable Read(string path, bool needDates, bool needIds = false)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var rows = new IncidentRows(needDates, needIds);
        var buffer = new byte[1 << 20];
        int filled = 0, line = 0;
        while (true)
        {
            int read = stream.Read(buffer, filled, buffer.Length - filled);
            filled += read;
            var pending = buffer.AsSpan(0, filled);
            while (true)
            {
                int end = pending.IndexOf((byte)'\n');
                if (end < 0 && read > 0) break;
                if (end < 0 && pending.IsEmpty) break;
                var text = end < 0 ? pending : pending[..end];
                rows.Add(text, ++line, path);
                pending = end < 0 ? [] : pending[(end + 1)..];
            }
            if (read == 0) break;
            pending.CopyTo(buffer);
            filled = pending.Length;
            if (filled == buffer.Length) Array.Resize(ref buffer, buffer.Length * 2);
        }
        if (line == 0) throw new AnalysisInputException($"{path} is empty: a header line is needed.");
        return rows.ToTable();
    }

    /// <summary>The rows read so far; the first line added is the header.</summary>
    sealed class IncidentRows(bool needDates, bool needIds)
    {
        IncidentColumns? columns;
        Range[] fields = [];
        readonly List<double> xs = new(1 << 16), ys = new(1 << 16);
        readonly List<string> ids = [];
        readonly List<DateOnly> dates = [];
        readonly List<RowProblem> problems = [];

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Add(ReadOnlySpan<byte> text, int line, string path)
        {
            if (text.Length > 0 && text[^1] == (byte)'\r') text = text[..^1];
            if (columns is null)
            {
                if (text.StartsWith("\uFEFF"u8)) text = text[3..];
                columns = IncidentColumns.From(CsvLine.Split(Encoding.UTF8.GetString(text).AsSpan()), needDates);
                fields = new Range[columns.Width];
                return;
            }
            if (text.IsEmpty) return;
            int count = CsvBytes.Split(text, fields);
            if (count < columns.Width) { problems.Add(new(line, $"has {count} fields; the header names {columns.Width} needed")); return; }
            if (!TryNumber(CsvBytes.Field(text, fields[columns.First]), out double a) || !TryNumber(CsvBytes.Field(text, fields[columns.Second]), out double b))
            { problems.Add(new(line, $"{columns.FirstName}/{columns.SecondName} is not a number")); return; }
            if (columns.Geographic && (Math.Abs(a) > 180 || Math.Abs(b) > 90))
            { problems.Add(new(line, "longitude/latitude is out of range")); return; }
            DateOnly date = default;
            if (needDates && !TryDate(CsvBytes.Field(text, fields[columns.Date]), out date))
            { problems.Add(new(line, $"date '{Encoding.UTF8.GetString(CsvBytes.Field(text, fields[columns.Date]))}' is not a date (use yyyy-MM-dd)")); return; }
            if (columns.Geographic) (a, b) = BritishNationalGrid.FromWgs84(a, b);
            xs.Add(a); ys.Add(b);
            if (needIds) ids.Add(columns.Id >= 0 ? Encoding.UTF8.GetString(CsvBytes.Field(text, fields[columns.Id])) : line.ToString(CultureInfo.InvariantCulture));
            if (needDates) dates.Add(date);
        }

        public IncidentTable ToTable() =>
            new(new PointSet(xs.ToArray(), ys.ToArray()), ids.ToArray(), needDates ? dates.ToArray() : null, problems);
    }

    static bool TryNumber(ReadOnlySpan<byte> text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    static bool TryDate(ReadOnlySpan<byte> utf8, out DateOnly date)
    {
        Span<char> text = stackalloc char[Math.Min(utf8.Length, 64)];
        int length = Encoding.UTF8.GetChars(utf8[..Math.Min(utf8.Length, 64)], text);
        text = text[..length];
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)) return true;
        bool ok = DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var time);
        date = DateOnly.FromDateTime(time);
        return ok;
    }
}
