using NetTopologySuite.Geometries;

namespace Hotspots.Analysis;

/// <summary>Reads the incidents (reporting left-out rows) and the optional boundary of a command.</summary>
internal static class AnalysisInput
{
    public static IncidentTable Incidents(CommandOptions options, TextWriter error, int minimum, string analysis, bool needDates = false, bool needIds = false)
    {
        string path = options.Text("--input");
        if (!File.Exists(path)) throw new AnalysisInputException($"The input file {path} does not exist.");
        var table = IncidentCsv.Read(path, needDates, needIds);
        foreach (var problem in table.Problems.Take(100)) error.WriteLine($"{path}:{problem.Line}: left out: {problem.Reason}");
        if (table.Problems.Count > 100) error.WriteLine($"{path}: … and {table.Problems.Count - 100} more rows left out");
        if (table.Problems.Count > 0) error.WriteLine($"{path}: {table.Problems.Count} row(s) left out, {table.Points.Count} used");
        if (table.Points.Count < minimum)
            throw new AnalysisInputException(
                $"{analysis} needs at least {minimum} incidents with usable coordinates; {path} has {table.Points.Count}.");
        return table;
    }

    public static Geometry? Boundary(CommandOptions options) =>
        options.OptionalText("--boundary") is { } path
            ? File.Exists(path) ? BoundaryFile.Read(path) : throw new AnalysisInputException($"The boundary file {path} does not exist.")
            : null;

    public static long MaxCells(CommandOptions options) =>
        options.Has("--max-cells") ? options.Whole("--max-cells") : SquareGrid.DefaultMaxCells;

    /// <summary>With a boundary the grid covers the boundary, so empty parts of the area are analysed too.</summary>
    public static (SquareGrid Grid, bool[]? Analysed) Grid(PointSet points, Geometry? boundary, double cellSize, long maxCells)
    {
        if (boundary is null) return (SquareGrid.Covering(points, cellSize, maxCells), null);
        var e = boundary.EnvelopeInternal;
        var grid = SquareGrid.Covering(new Extent(e.MinX, e.MinY, e.MaxX, e.MaxY), cellSize, maxCells);
        return (grid, BoundaryMask.CellsInside(grid, boundary));
    }

    /// <summary>The same for hexagons: with a boundary they cover the boundary, and those centred inside it are analysed.</summary>
    public static (HexagonGrid Grid, bool[]? Analysed) Hexagons(PointSet points, Geometry? boundary, double cellSize, long maxCells)
    {
        if (boundary is null) return (HexagonGrid.Covering(points, cellSize, maxCells), null);
        var e = boundary.EnvelopeInternal;
        var grid = HexagonGrid.Covering(new Extent(e.MinX, e.MinY, e.MaxX, e.MaxY), cellSize, maxCells);
        return (grid, BoundaryMask.CellsInside(grid, boundary));
    }
}
