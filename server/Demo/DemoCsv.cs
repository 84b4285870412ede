using System.Globalization;
using System.Text;

namespace Hotspots.Demo;

/// <summary>
/// A CSV file written the same way every time: UTF-8 without BOM, Unix line endings, invariant
/// culture, RFC 4180 quoting only where a field needs it.
/// </summary>
internal sealed class DemoCsv(string path) : IDisposable
{
    private readonly StreamWriter writer = new(path, append: false, new UTF8Encoding(false), 1 << 16) { NewLine = "\n" };

    public int Rows { get; private set; }

    public static DemoCsv Create(string path, params string[] header)
    {
        var csv = new DemoCsv(path);
        csv.WriteRow(header);
        csv.Rows = 0;
        return csv;
    }

    public void WriteRow(params ReadOnlySpan<string> fields)
    {
        for (var i = 0; i < fields.Length; i++)
        {
            if (i > 0) writer.Write(',');
            var field = fields[i];
            if (field.AsSpan().IndexOfAny(",\"\r\n") < 0) writer.Write(field);
            else writer.Write($"\"{field.Replace("\"", "\"\"")}\"");
        }
        writer.Write('\n');
        Rows++;
    }

    public void Dispose() => writer.Dispose();

    public static string Metres(double value) => value.ToString("F1", CultureInfo.InvariantCulture);

    public static string Timestamp(DateTime value) => value.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string Date(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
