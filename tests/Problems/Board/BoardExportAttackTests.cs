using System.Net.Http.Headers;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Hotspots.Incidents;
using Hotspots.Problems;

namespace Hotspots.Tests.Problems.Board;

/// <summary>The board report's files: formulas in a breakdown open as text, and both files carry their marking.</summary>
public sealed class BoardExportAttackTests(ProblemsFixture app) : IClassFixture<ProblemsFixture>
{
    [Fact]
    public void A_breakdown_that_is_a_formula_is_written_to_the_board_csv_as_text()
    {
        var report = new BoardReport(new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 30), false,
            [new BoardFigure("Actions due in period", "done on time", "=HYPERLINK(\"http://evil.example\") / Prevention", SuppressedCount.Exact(2))]);
        var lines = BoardExport.Csv(report).Split('\n');
        Assert.Equal("Actions due in period,done on time,\"'=HYPERLINK(\"\"http://evil.example\"\") / Prevention\",2", lines[2]);
    }

    [Fact]
    public async Task The_board_csv_and_xlsx_are_stamped_with_their_marking_and_not_cached()
    {
        using var police = await app.SignedIn("analyst.police");
        var (from, to) = (ProblemsFixture.Day(-30), ProblemsFixture.Day(30));

        using var csv = await police.GetAsync($"/problems/board-report.csv?from={from}&to={to}");
        Assert.StartsWith("# OFFICIAL: Board report", await csv.Content.ReadAsStringAsync());
        Assert.Equal("OFFICIAL", csv.Headers.GetValues("X-Classification").Single());
        Assert.Equal("no-store", csv.Headers.CacheControl?.ToString());

        using var xlsx = await police.GetAsync($"/problems/board-report.xlsx?from={from}&to={to}");
        Assert.Equal("OFFICIAL", xlsx.Headers.GetValues("X-Classification").Single());
        Assert.Equal("no-store", xlsx.Headers.CacheControl?.ToString());
        using var workbook = SpreadsheetDocument.Open(await xlsx.Content.ReadAsStreamAsync(), false);
        var sheet = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet;
        Assert.Equal("OFFICIAL", sheet.Descendants<Row>().First().InnerText);
        var printed = sheet.Descendants<HeaderFooter>().Single();
        Assert.Contains("OFFICIAL", printed.OddHeader!.Text);
        Assert.Contains("OFFICIAL", printed.OddFooter!.Text);
    }
}
