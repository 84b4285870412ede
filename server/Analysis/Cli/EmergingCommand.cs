namespace Hotspots.Analysis;

internal static class EmergingCommand
{
    public static void Run(string[] args, TextWriter output, TextWriter error)
    {
        var options = new CommandOptions(args,
            ["--input", "--output", "--cell-size", "--distance-band", "--time-step", "--previous-steps", "--hot-alpha", "--trend-alpha", "--boundary", "--max-cells"],
            ["--no-fdr"]);
        string outputPath = options.Text("--output");
        double cellSize = options.Number("--cell-size"), band = options.Number("--distance-band");
        var step = TimeSteps.Parse(options.Text("--time-step"));
        var parameters = new EmergingParameters(band, options.Whole("--previous-steps", 1),
            options.OptionalNumber("--hot-alpha") ?? 0.10, !options.Has("--no-fdr"), options.OptionalNumber("--trend-alpha") ?? 0.05);
        NeighbourStencil.For(band, cellSize);
        var boundary = AnalysisInput.Boundary(options);
        var incidents = AnalysisInput.Incidents(options, error, 3, "Emerging hot spot analysis", needDates: true);
        var (grid, analysed) = AnalysisInput.Grid(incidents.Points, boundary, cellSize, AnalysisInput.MaxCells(options));
        var cube = SpaceTimeCube.Count(incidents.Points, incidents.Dates!, grid, step, analysed);
        var result = EmergingHotSpots.Analyse(cube, parameters);
        OutputFiles.WriteEmerging(outputPath, result);
        output.WriteLine(
            $"Emerging hot spots: {result.Cells.Length} cells × {cube.Steps} {step.ToString().ToLowerInvariant()} steps from {cube.Start:yyyy-MM-dd}; " +
            $"band {band} m over this and {parameters.PreviousSteps} previous step(s); hot/cold bins at {parameters.HotBinAlpha}" +
            $"{(parameters.FalseDiscoveryRate ? " FDR-corrected" : "")}; trend α {parameters.TrendAlpha}.");
        foreach (var group in result.Cells.GroupBy(c => c.Pattern).OrderBy(g => g.Key))
            output.WriteLine($"  {group.Key.Label()}: {group.Count()}");
    }
}
