namespace Hotspots.Analysis;

internal static class KernelDensityCommand
{
    public static void Run(string[] args, TextWriter output, TextWriter error)
    {
        var options = new CommandOptions(args, ["--input", "--output", "--cell-size", "--radius", "--max-cells"], []);
        string outputPath = options.Text("--output");
        double? cellSize = options.OptionalNumber("--cell-size"), radius = options.OptionalNumber("--radius");
        var incidents = AnalysisInput.Incidents(options, error, 2, "Kernel density");
        var points = incidents.Points;
        double chosenRadius = radius ?? KernelRadius.Default(points).Radius;
        double chosenCell = cellSize ?? KernelDensity.DefaultCellSize(points);
        var raster = KernelDensity.Compute(points, chosenRadius, chosenCell, AnalysisInput.MaxCells(options));
        OutputFiles.WriteEsriAscii(outputPath, raster);
        output.WriteLine(
            $"Kernel density (quartic): radius {OutputFiles.R(chosenRadius)} m{(radius is null ? " (default rule)" : "")}, " +
            $"cell {OutputFiles.R(chosenCell)} m{(cellSize is null ? " (default rule)" : "")}, " +
            $"{raster.Grid.Cols} × {raster.Grid.Rows} cells, points per km².");
    }
}
