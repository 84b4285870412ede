using Hotspots.Api;

namespace Hotspots.Tests.Api;

/// <summary>CSV injection, as OWASP's "CSV Injection" page lists the triggers: =, +, -, @, tab and carriage return.</summary>
public class CsvCellTests
{
    [Theory]
    [InlineData("Sparkle Hand Car Wash", "Sparkle Hand Car Wash")]
    [InlineData("=1+1", "\"'=1+1\"")]
    [InlineData("+44 1484 000000", "\"'+44 1484 000000\"")]
    [InlineData("-2+3+cmd|' /C calc'!A0", "\"'-2+3+cmd|' /C calc'!A0\"")]
    [InlineData("@SUM(1+1)", "\"'@SUM(1+1)\"")]
    [InlineData("\t=1", "\"'\t=1\"")]
    [InlineData("\r=1", "\"'\r=1\"")]
    [InlineData("=HYPERLINK(\"http://evil.example\")", "\"'=HYPERLINK(\"\"http://evil.example\"\")\"")]
    [InlineData("Unit 4, Mill Lane", "\"Unit 4, Mill Lane\"")]
    [InlineData("-1.784", "-1.784")]
    [InlineData("-Infinity", "\"'-Infinity\"")]
    [InlineData("", "")]
    public void A_cell_that_a_spreadsheet_would_run_as_a_formula_is_written_as_text(string value, string written) =>
        Assert.Equal(written, CsvCell.Of(value));

    [Fact]
    public void A_formula_in_a_semicolon_separated_file_is_quoted_for_that_separator() =>
        Assert.Equal("a;\"'=1;2\";\"b;c\"", CsvCell.Row(["a", "=1;2", "b;c"], ';'));
}
