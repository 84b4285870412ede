using System.Globalization;
using Hotspots.Analysis;

namespace Hotspots.Tests.Analysis.Cli;

public class OtherCommandTests
{
    [Fact]
    public void Kde_writes_an_esri_ascii_grid_with_the_northern_row_first()
    {
        using var run = new CliRun();
        string input = run.Write("pts.csv", CliRun.Incidents(300));
        run.Run("kde", "--input", input, "--cell-size", "50", "--radius", "400", "--output", run.File("d.asc"));
        Assert.Equal(0, run.ExitCode);
        var lines = run.Lines("d.asc");
        var points = IncidentCsv.Read(input, false).Points;
        var grid = SquareGrid.Covering(points, 50);
        Assert.Equal($"ncols {grid.Cols}", lines[0]);
        Assert.Equal($"nrows {grid.Rows}", lines[1]);
        Assert.Equal($"xllcorner {grid.X0.ToString("R", CultureInfo.InvariantCulture)}", lines[2]);
        Assert.Equal($"yllcorner {grid.Y0.ToString("R", CultureInfo.InvariantCulture)}", lines[3]);
        Assert.Equal("cellsize 50", lines[4]);
        Assert.StartsWith("NODATA_value", lines[5]);
        Assert.Equal(grid.Rows + 6, lines.Length);
        // Find a non-zero cell in the top row and check it against the density at that centre.
        var top = lines[6].Split(' ').Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray();
        int col = Array.FindIndex(top, v => v > 0);
        double expected = KernelDensity.At(points, 400, grid.CentreX(col), grid.CentreY(grid.Rows - 1)) * 1e6;
        Assert.Equal(expected, top[col], 1e-9 * expected);
    }

    [Fact]
    public void Dbscan_writes_a_cluster_for_every_used_row()
    {
        using var run = new CliRun();
        string input = run.Write("pts.csv", CliRun.Incidents(400) + "bad,x,y,2024-01-01\n");
        run.Run("dbscan", "--input", input, "--eps", "60", "--min-points", "5", "--output", run.File("c.csv"));
        Assert.Equal(0, run.ExitCode);
        var lines = run.Lines("c.csv");
        Assert.Equal("id,cluster", lines[0]);
        Assert.Equal(401, lines.Length);
        Assert.Equal("0", lines[1].Split(',')[0]);
        var clusters = lines.Skip(1).Select(l => int.Parse(l.Split(',')[1], CultureInfo.InvariantCulture)).ToHashSet();
        Assert.Contains(-1, clusters);
        Assert.Contains(1, clusters);
    }

    [Fact]
    public void Optimised_prints_its_parameters_and_explanation()
    {
        using var run = new CliRun();
        string input = run.Write("pts.csv", CliRun.Incidents(600));
        run.Run("optimised", "--input", input, "--output", run.File("cells.csv"));
        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"cell_size=\d", run.Output);
        Assert.Matches(@"distance_band=\d", run.Output);
        Assert.Contains("Explanation:", run.Output);
        Assert.Contains("- Cell size", run.Output);
        Assert.Equal("col,row,x,y,count,z,p,bin", run.Lines("cells.csv")[0]);
    }

    [Fact]
    public void Optimised_refuses_fewer_than_60_incidents()
    {
        using var run = new CliRun();
        string input = run.Write("pts.csv", CliRun.Incidents(59));
        run.Run("optimised", "--input", input, "--output", run.File("cells.csv"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("at least 60 incidents without a boundary; there are 59", run.Error);
    }

    [Fact]
    public void Emerging_writes_patterns_and_trends()
    {
        using var run = new CliRun();
        string input = run.Write("pts.csv", CliRun.Incidents(2000));
        run.Run("emerging", "--input", input, "--cell-size", "250", "--distance-band", "750", "--time-step", "month", "--output", run.File("e.csv"));
        Assert.Equal(0, run.ExitCode);
        var lines = run.Lines("e.csv");
        Assert.Equal("col,row,x,y,pattern,trend_z,trend_p", lines[0]);
        Assert.Contains(lines, l => l.Contains("Hot Spot"));
        Assert.Contains("12 month steps from 2024-01-0", run.Output);
    }
}

public class NearRepeatCommandTests
{
    [Fact]
    public void Near_repeat_writes_the_knox_table_the_library_computes_and_names_the_bands_that_stand_out()
    {
        // Pairs 30 m and 2 days apart, 150 of them, among places and days otherwise at random: the first band stands out.
        var random = new Random(5);
        var csv = new System.Text.StringBuilder("id,x,y,date\n");
        for (var i = 0; i < 150; i++)
        {
            double x = 410_000 + random.NextDouble() * 10_000, y = 410_000 + random.NextDouble() * 10_000;
            var day = new DateOnly(2024, 1, 1).AddDays(random.Next(365));
            csv.Append(CultureInfo.InvariantCulture, $"{2 * i},{x},{y},{day:yyyy-MM-dd}\n");
            csv.Append(CultureInfo.InvariantCulture, $"{2 * i + 1},{x + 30},{y},{day.AddDays(2):yyyy-MM-dd}\n");
        }
        using var run = new CliRun();
        var input = run.Write("pairs.csv", csv.ToString());
        run.Run("near-repeat", "--input", input, "--metres", "0,100,1000", "--days", "0,7,30", "--permutations", "49", "--output", run.File("knox.csv"));
        Assert.Equal(0, run.ExitCode);
        var lines = run.Lines("knox.csv");
        Assert.Equal("metres_from,metres_to,days_from,days_to,observed,expected,ratio,p", lines[0]);
        Assert.Equal(5, lines.Length);
        var incidents = IncidentCsv.Read(input, true);
        var expected = NearRepeat.Knox(incidents.Points, incidents.Dates!, [0, 100, 1000], [0, 7, 30], 49, 1);
        var first = lines[1].Split(',');
        Assert.Equal(["0", "100", "0", "7", expected.Observed[0, 0].ToString(CultureInfo.InvariantCulture)], first[..5]);
        Assert.Equal(expected.P[0, 0], double.Parse(first[7], CultureInfo.InvariantCulture), 12);
        Assert.Contains("0–100 m, 0–7 days: ", run.Output);
        Assert.Contains("[a, b)", run.Output);
    }

    [Fact]
    public void Near_repeat_refuses_bands_that_do_not_rise()
    {
        using var run = new CliRun();
        var input = run.Write("pts.csv", CliRun.Incidents(50));
        run.Run("near-repeat", "--input", input, "--metres", "0,100,50", "--days", "0,7", "--output", run.File("knox.csv"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--metres needs at least two edges, each larger than the one before", run.Error);
    }
}
