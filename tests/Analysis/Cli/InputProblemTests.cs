namespace Hotspots.Tests.Analysis.Cli;

public class InputProblemTests
{
    [Fact]
    public void Missing_coordinate_columns_are_named()
    {
        using var run = new CliRun();
        string input = run.Write("pts.csv", "id,east,north\n1,2,3\n");
        run.Run("dbscan", "--input", input, "--eps", "10", "--min-points", "2", "--output", run.File("c.csv"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("needs columns x,y", run.Error);
        Assert.Contains("east, north", run.Error);
    }

    [Fact]
    public void Fewer_points_than_needed()
    {
        using var run = new CliRun();
        string input = run.Write("pts.csv", "x,y\n1,2\n3,4\n");
        run.Run("gistar", "--input", input, "--cell-size", "1", "--distance-band", "2", "--output", run.File("c.csv"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("needs at least 3 incidents", run.Error);
    }

    [Fact]
    public void A_boundary_that_is_not_a_polygon()
    {
        using var run = new CliRun();
        string input = run.Write("pts.csv", CliRun.Incidents(100));
        string line = run.Write("line.geojson", """{"type":"LineString","coordinates":[[0,0],[1,1]]}""");
        run.Run("gistar", "--input", input, "--cell-size", "500", "--distance-band", "1000", "--boundary", line, "--output", run.File("c.csv"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("must be a Polygon or MultiPolygon, but it holds LineString", run.Error);
    }

    [Fact]
    public void Emerging_without_a_date_column()
    {
        using var run = new CliRun();
        string input = run.Write("pts.csv", "x,y\n1,2\n3,4\n");
        run.Run("emerging", "--input", input, "--cell-size", "250", "--distance-band", "750", "--time-step", "month", "--output", run.File("e.csv"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no 'date' column", run.Error);
    }

    [Fact]
    public void A_missing_input_file()
    {
        using var run = new CliRun();
        run.Run("kde", "--input", run.File("nowhere.csv"), "--output", run.File("d.asc"));
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("does not exist", run.Error);
    }

    [Theory]
    [InlineData(new string[0], "Usage:")]
    [InlineData(new[] { "hexagons" }, "Unknown analysis 'hexagons'")]
    [InlineData(new[] { "gistar", "--input", "a.csv", "--colour", "red" }, "Unknown option '--colour'")]
    [InlineData(new[] { "gistar", "--input", "a.csv", "--output", "b.csv", "--distance-band", "5" }, "--cell-size is required")]
    [InlineData(new[] { "dbscan", "--input", "a", "--output", "b", "--eps", "ten" }, "--eps must be a number (got 'ten')")]
    [InlineData(new[] { "emerging", "--input", "a", "--output", "b", "--cell-size", "1", "--distance-band", "2", "--time-step", "year" }, "day, week or month")]
    public void Usage_errors_exit_2_with_usage(string[] args, string message)
    {
        using var run = new CliRun();
        run.Run(args);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error);
        Assert.Contains("Usage: hotspots analyse", run.Error);
    }
}
