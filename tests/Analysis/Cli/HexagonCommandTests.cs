using System.Globalization;
using Hotspots.Analysis;

namespace Hotspots.Tests.Analysis.Cli;

public class HexagonCommandTests
{
    [Fact]
    public void Gi_star_on_hexagons_writes_every_hexagon_with_offset_coordinates_and_counts_every_point_once()
    {
        using var run = new CliRun();
        string input = run.Write("pts.csv", CliRun.Incidents());
        run.Run("gistar", "--input", input, "--cell-size", "200", "--distance-band", "600", "--grid", "hexagon", "--output", run.File("cells.csv"));
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("hexagons of 200 m between centres", run.Output);
        var lines = run.Lines("cells.csv");
        Assert.Equal("col,row,x,y,count,z,p,bin", lines[0]);
        var table = IncidentCsv.Read(input, false);
        var grid = HexagonGrid.Covering(table.Points, 200);
        var expected = HexagonGiStar.Compute(HexagonCounts.Count(table.Points, grid), 600, false);
        Assert.Equal(grid.Cols * grid.Rows + 1, lines.Length);
        Assert.Equal(table.Points.Count, lines.Skip(1).Sum(l => double.Parse(l.Split(',')[4], CultureInfo.InvariantCulture)));
        var hottest = expected.Cells.MaxBy(c => c.Z);
        var fields = lines.Single(l => l.StartsWith($"{hottest.Col},{hottest.Row},")).Split(',');
        // x, y is the centre: odd rows sit half a cell east.
        Assert.Equal(grid.X0 + 200 * (hottest.Col + (hottest.Row % 2) * 0.5), double.Parse(fields[2], CultureInfo.InvariantCulture), 6);
        Assert.Equal(grid.Y0 + 200 * Math.Sqrt(3) / 2 * hottest.Row, double.Parse(fields[3], CultureInfo.InvariantCulture), 6);
        Assert.Equal(hottest.Z, double.Parse(fields[5], CultureInfo.InvariantCulture));
        Assert.Equal(3, hottest.Bin);
    }

    [Fact]
    public void An_unknown_grid_is_a_usage_error()
    {
        using var run = new CliRun();
        string input = run.Write("pts.csv", CliRun.Incidents());
        run.Run("gistar", "--input", input, "--cell-size", "200", "--distance-band", "600", "--grid", "triangle", "--output", run.File("cells.csv"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--grid must be square or hexagon (got 'triangle')", run.Error);
    }
}
