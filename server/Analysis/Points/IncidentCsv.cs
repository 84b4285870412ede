using System.Globalization;

namespace Hotspots.Analysis;

/// <summary>
/// Reads incidents from a CSV with a header: x,y (BNG metres) or longitude,latitude (WGS84, projected
/// to BNG); optional id and date. Bad rows are collected with their line number, good rows kept.
/// Hand-rolled rather than CsvHelper: only four columns matter, and slicing spans of each line avoids
/// a string per field, which keeps a million rows well under half a second.
/// </summary>
public static class IncidentCsv
{
    public static IncidentTable Read(string path, bool needDates)
    {
        using var reader = new StreamReader(path, System.Text.Encoding.UTF8, true, 1 << 16);
        var header = reader.ReadLine() ?? throw new AnalysisInputException($"{path} is empty: a header line is needed.");
        var columns = IncidentColumns.From(CsvLine.Split(header.AsSpan()), needDates);
        var xs = new List<double>(1 << 16);
        var ys = new List<double>(1 << 16);
        var ids = new List<string>(1 << 16);
        var dates = needDates ? new List<DateOnly>() : null;
        var problems = new List<RowProblem>();
        var fields = new Range[columns.Width];
        int line = 1;
        for (string? text = reader.ReadLine(); text is not null; text = reader.ReadLine())
        {
            line++;
            if (text.Length == 0) continue;
            var span = text.AsSpan();
            int count = CsvLine.Split(span, fields);
            if (count < columns.Width) { problems.Add(new(line, $"has {count} fields; the header names {columns.Width} needed")); continue; }
            if (!TryNumber(span, fields[columns.First], out double a) || !TryNumber(span, fields[columns.Second], out double b))
            { problems.Add(new(line, $"{columns.FirstName}/{columns.SecondName} is not a number")); continue; }
            if (columns.Geographic && (Math.Abs(a) > 180 || Math.Abs(b) > 90))
            { problems.Add(new(line, "longitude/latitude is out of range")); continue; }
            DateOnly date = default;
            if (dates is not null && !TryDate(CsvLine.Field(span, fields[columns.Date]), out date))
            { problems.Add(new(line, $"date '{CsvLine.Field(span, fields[columns.Date])}' is not a date (use yyyy-MM-dd)")); continue; }
            if (columns.Geographic) (a, b) = BritishNationalGrid.FromWgs84(a, b);
            xs.Add(a); ys.Add(b);
            ids.Add(columns.Id >= 0 ? CsvLine.Field(span, fields[columns.Id]).ToString() : line.ToString(CultureInfo.InvariantCulture));
            dates?.Add(date);
        }
        return new IncidentTable(new PointSet(xs.ToArray(), ys.ToArray()), ids.ToArray(), dates?.ToArray(), problems);
    }

    static bool TryNumber(ReadOnlySpan<char> line, Range field, out double value) =>
        double.TryParse(CsvLine.Field(line, field), NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    static bool TryDate(ReadOnlySpan<char> text, out DateOnly date)
    {
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date)) return true;
        bool ok = DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var time);
        date = DateOnly.FromDateTime(time);
        return ok;
    }
}
