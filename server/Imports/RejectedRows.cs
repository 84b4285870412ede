using Hotspots.Api;

namespace Hotspots.Imports;

/// <summary>
/// The rejected rows as a CSV that can be fixed and imported again: a CSV source keeps its own header and columns,
/// with the line and the reason added at the end (our readers ignore columns they do not map). Given a marking, the
/// file opens with it on a line of its own, which is to be removed before importing again.
/// </summary>
public sealed class RejectedRows(TextWriter writer, string? marking = null)
{
    private string? header;
    private char separator = ',';
    private bool started;

    public void UseCsvHeader(IReadOnlyList<string> headers, char sep)
    {
        separator = sep;
        header = CsvCell.Row(headers, sep);
    }

    public void Add(int line, string reason, string source)
    {
        if (!started)
        {
            if (marking is not null) writer.WriteLine($"# {marking}: rejected rows; remove this line before importing them again.");
            // ./hotspots import --rejected-out keeps the operator's own line byte for byte, so the fixed file imports again.
        writer.WriteLine(header is null ? "line,reason,source" : $"{header}{separator}import_line{separator}import_reason");
            started = true;
        }
        // ./hotspots import --rejected-out keeps the operator's own line byte for byte, so the fixed file imports again.
        writer.WriteLine(header is null
            ? CsvCell.Row([line.ToString(), reason, source])
            : $"{source}{separator}{line}{separator}{CsvCell.Of(reason, separator)}");
    }
}
