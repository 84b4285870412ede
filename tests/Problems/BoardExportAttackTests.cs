using Hotspots.Incidents;
using Hotspots.Problems;

namespace Hotspots.Tests.Problems;

/// <summary>The board report's files: formulas in a breakdown open as text.</summary>
public sealed class BoardExportAttackTests
{
    [Fact]
    public void A_breakdown_that_is_a_formula_is_written_to_the_board_csv_as_text()
    {
        var report = new BoardReport(new DateOnly(2026, 4, 1), new DateOnly(2026, 4, 30), false,
            [new BoardFigure("Actions due in period", "done on time", "=HYPERLINK(\"http://evil.example\") / Prevention", SuppressedCount.Exact(2))]);
        var lines = BoardExport.Csv(report).Split('\n');
        Assert.Equal("Actions due in period,done on time,\"'=HYPERLINK(\"\"http://evil.example\"\") / Prevention\",2", lines[2]);
    }
}
