using System.Globalization;
using Hotspots.Analysis;

namespace Hotspots.Tests.Analysis.Cli;

public class GiStarCommandTests
{
    [Fact]
    public void Writes_one_row_per_cell_matching_the_library()
    {
        using var run = new CliRun();
        string input = run.Write("pts.csv", CliRun.Incidents());
        run.Run("gistar", "--input", input, "--cell-size", "200", "--distance-band", "600", "--fdr", "--output", run.File("cells.csv"));
        Assert.Equal(0, run.ExitCode);
        var lines = run.Lines("cells.csv");
        Assert.Equal("col,row,x,y,count,z,p,bin", lines[0]);
        var table = IncidentCsv.Read(input, false);
        var expected = GiStar.Compute(GridCounts.Count(table.Points, SquareGrid.Covering(table.Points, 200)), 600, true);
        Assert.Equal(expected.Cells.Length + 1, lines.Length);
        var sample = expected.Cells.MaxBy(c => c.Z);
        string row = lines.Single(l => l.StartsWith($"{sample.Col},{sample.Row},"));
        var fields = row.Split(',');
        Assert.Equal(sample.Z, double.Parse(fields[5], CultureInfo.InvariantCulture));
        Assert.Equal(sample.Bin.ToString(CultureInfo.InvariantCulture), fields[7]);
        Assert.True(sample.Bin == 3);
    }

    [Fact]
    public void Bad_rows_are_reported_with_line_and_reason_and_good_rows_used()
    {
        using var run = new CliRun();
        string input = run.Write("pts.csv", CliRun.Incidents(100) + "x1,abc,415000,2024-01-01\nx2,410000\n");
        run.Run("gistar", "--input", input, "--cell-size", "500", "--distance-band", "1000", "--output", run.File("cells.csv"));
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("pts.csv:102: left out: x/y is not a number", run.Error);
        Assert.Contains("pts.csv:103: left out: has 2 fields", run.Error);
        Assert.Contains("2 row(s) left out, 100 used", run.Error);
        Assert.Equal(100.0, run.Lines("cells.csv").Skip(1).Sum(l => double.Parse(l.Split(',')[4], CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void A_boundary_limits_the_cells_to_those_with_centres_inside()
    {
        using var run = new CliRun();
        string input = run.Write("pts.csv", CliRun.Incidents());
        string boundary = run.Write("area.geojson",
            """{"type":"Feature","properties":{},"geometry":{"type":"Polygon","coordinates":[[[408000,413000],[411000,413000],[411000,417000],[408000,417000],[408000,413000]]]}}""");
        run.Run("gistar", "--input", input, "--cell-size", "500", "--distance-band", "1000", "--boundary", boundary, "--output", run.File("cells.csv"));
        Assert.Equal(0, run.ExitCode);
        var xs = run.Lines("cells.csv").Skip(1).Select(l => double.Parse(l.Split(',')[2], CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(6 * 8, xs.Count);
        Assert.All(xs, x => Assert.InRange(x, 408_000, 411_000));
    }

    [Theory]
    [InlineData("200", "100", "smaller than the cell size")]
    [InlineData("1", "5", "more than the limit of 1000")]
    public void Impossible_parameters_are_input_errors(string cell, string band, string message)
    {
        using var run = new CliRun();
        string input = run.Write("pts.csv", CliRun.Incidents());
        run.Run("gistar", "--input", input, "--cell-size", cell, "--distance-band", band, "--max-cells", "1000", "--output", run.File("c.csv"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(message, run.Error);
    }

    [Fact]
    public void Zero_variance_is_reported()
    {
        using var run = new CliRun();
        string input = run.Write("pts.csv", "x,y\n50,50\n150,50\n50,150\n150,150\n");
        run.Run("gistar", "--input", input, "--cell-size", "100", "--distance-band", "100", "--output", run.File("c.csv"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("zero variance", run.Error);
    }
}
