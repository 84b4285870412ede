namespace Hotspots.Analysis;

internal static class GiStarCommand
{
    public static void Run(string[] args, TextWriter output, TextWriter error)
    {
        var options = new CommandOptions(args, ["--input", "--output", "--cell-size", "--distance-band", "--boundary", "--max-cells", "--grid"], ["--fdr"]);
        string outputPath = options.Text("--output");
        double cellSize = options.Number("--cell-size"), band = options.Number("--distance-band");
        bool hexagons = (options.OptionalText("--grid") ?? "square") switch
        {
            "square" => false,
            "hexagon" => true,
            var other => throw new UsageException($"--grid must be square or hexagon (got '{other}')."),
        };
        NeighbourStencil.For(band, cellSize);
        var boundary = AnalysisInput.Boundary(options);
        var incidents = AnalysisInput.Incidents(options, error, 3, "Gi*");
        GiStarResult result;
        if (hexagons)
        {
            var (grid, analysed) = AnalysisInput.Hexagons(incidents.Points, boundary, cellSize, AnalysisInput.MaxCells(options));
            result = HexagonGiStar.Compute(HexagonCounts.Count(incidents.Points, grid, analysed), band, options.Has("--fdr"));
        }
        else
        {
            var (grid, analysed) = AnalysisInput.Grid(incidents.Points, boundary, cellSize, AnalysisInput.MaxCells(options));
            result = GiStar.Compute(GridCounts.Count(incidents.Points, grid, analysed), band, options.Has("--fdr"));
        }
        OutputFiles.WriteCells(outputPath, result);
        output.WriteLine(Summary(result));
    }

    internal static string Summary(GiStarResult r) =>
        $"Gi*: {r.AnalysedCells} {(r.Grid is HexagonGrid ? "hexagons" : "cells")} of {r.Grid.CellSize} m{(r.Grid is HexagonGrid ? " between centres" : "")}, distance band {r.DistanceBand} m, " +
        $"{(r.FalseDiscoveryRate ? "FDR-corrected" : "uncorrected")} bins; " +
        $"{r.Cells.Count(c => c.Bin > 0)} hot and {r.Cells.Count(c => c.Bin < 0)} cold cells at 90 % or more.";
}
