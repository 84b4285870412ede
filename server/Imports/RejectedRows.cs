namespace Hotspots.Imports;

/// <summary>
/// The rejected rows as a CSV that can be fixed and imported again: a CSV source keeps its own header and columns,
/// with the line and the reason added at the end (our readers ignore columns they do not map).
/// </summary>
public sealed class RejectedRows(TextWriter writer)
{
    private string? header;
    private char separator = ',';
    private bool started;

    public void UseCsvHeader(IReadOnlyList<string> headers, char sep)
    {
        separator = sep;
        header = string.Join(sep, headers.Select(h => Quote(h, sep)));
    }

    public void Add(int line, string reason, string source)
    {
        if (!started)
        {
            writer.WriteLine(header is null ? "line,reason,source" : $"{header}{separator}import_line{separator}import_reason");
            started = true;
        }
        writer.WriteLine(header is null
            ? $"{line},{Quote(reason, ',')},{Quote(source, ',')}"
            : $"{source}{separator}{line}{separator}{Quote(reason, separator)}");
    }

    private static string Quote(string value, char sep) =>
        value.IndexOfAny([sep, '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
}
