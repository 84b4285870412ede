using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Hotspots.Api;
using Hotspots.Incidents;

namespace Hotspots.Problems;

/// <summary>The board report as files for the boards' own papers: CSV, and an XLSX workbook with one sheet, both marked.</summary>
public static class BoardExport
{
    /// <summary>Every figure is a count, which carries no victim detail, so the report is OFFICIAL (see <see cref="Incidents.Marking"/>).</summary>
    public static readonly string Marking = Incidents.Marking.Text(Sensitivity.Official);

    private static readonly string[] Header = ["Section", "Measure", "Breakdown", "Count"];

    private static IEnumerable<string[]> Rows(BoardReport report) =>
        report.Figures.Select(f => new[] { f.Section, f.Measure, f.Breakdown, f.Count.Display });

    private static string Title(BoardReport report) =>
        $"Board report {report.From:yyyy-MM-dd} to {report.To:yyyy-MM-dd}{(report.SmallNumbersWithheld ? " (counts about people rounded to 5, small numbers withheld)" : "")}";

    public static string Csv(BoardReport report)
    {
        var text = new StringBuilder($"# {Marking}: {Title(report)}\n");
        foreach (var row in Rows(report).Prepend(Header)) text.Append(CsvCell.Row(row)).Append('\n');
        return text.ToString();
    }

    public static byte[] Xlsx(BoardReport report)
    {
        using var buffer = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(buffer, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            data.Append(Row([Marking]), Row([Title(report)]), Row(Header));
            foreach (var (row, figure) in Rows(report).Zip(report.Figures))
                data.Append(Row(row[..3], figure.Count.Value, row[3]));
            // Printed pages carry the marking at top and bottom, as the Government Security Classifications ask.
            sheetPart.Worksheet = new Worksheet(data, new HeaderFooter(new OddHeader($"&C{Marking}"), new OddFooter($"&C{Marking}")));
            workbook.Workbook.AppendChild(new Sheets(new Sheet { Id = workbook.GetIdOfPart(sheetPart), SheetId = 1, Name = "Board report" }));
            workbook.Workbook.Save();
        }
        return buffer.ToArray();
    }

    /// <summary>A row of text cells, ending with the count as a number when it is one, or as its text ("&lt;5") when withheld.</summary>
    private static Row Row(string[] texts, long? number = null, string? shown = null)
    {
        var row = new Row();
        foreach (var text in texts) row.Append(new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(text)) });
        if (number is { } n) row.Append(new Cell { DataType = CellValues.Number, CellValue = new CellValue((decimal)n) });
        else if (shown is not null) row.Append(new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new Text(shown)) });
        return row;
    }
}
