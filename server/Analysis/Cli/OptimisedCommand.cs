namespace Hotspots.Analysis;

internal static class OptimisedCommand
{
    public static void Run(string[] args, TextWriter output, TextWriter error)
    {
        var options = new CommandOptions(args, ["--input", "--output", "--boundary", "--max-cells"], []);
        string outputPath = options.Text("--output");
        var boundary = AnalysisInput.Boundary(options);
        var incidents = AnalysisInput.Incidents(options, error, 1, "Optimised hot spot analysis");
        var result = OptimisedHotSpots.Analyse(incidents.Points, boundary, incidents.Problems.Count, AnalysisInput.MaxCells(options));
        OutputFiles.WriteCells(outputPath, result.GiStar);
        output.WriteLine($"cell_size={OutputFiles.R(result.CellSize)}");
        output.WriteLine($"distance_band={OutputFiles.R(result.DistanceBand)}");
        output.WriteLine($"fdr=true");
        output.WriteLine($"outlier_locations={result.Outliers}");
        output.WriteLine("Explanation:");
        foreach (var line in result.Explanation) output.WriteLine($"- {line}");
    }
}
