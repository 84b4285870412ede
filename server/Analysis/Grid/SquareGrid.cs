using NetTopologySuite.Geometries;

namespace Hotspots.Analysis;

/// <summary>
/// Square cells of side <see cref="CellSize"/> anchored at (X0, Y0), as the analysis spec defines:
/// X0 = floor(min x / c)·c, Cols = floor((max x − X0)/c) + 1, and the same for rows.
/// Cell index = row · Cols + col; row 0 is the southernmost.
/// </summary>
public sealed record SquareGrid(double X0, double Y0, double CellSize, int Cols, int Rows) : ICellGrid
{
    public string Shape => "square";

    public const long DefaultMaxCells = 4_000_000;

    public long CellCount => (long)Cols * Rows;

    public static SquareGrid Covering(Extent extent, double cellSize, long maxCells = DefaultMaxCells)
    {
        if (!(cellSize > 0) || double.IsInfinity(cellSize))
            throw new AnalysisInputException($"The cell size must be a positive number of metres (got {cellSize}).");
        double x0 = Math.Floor(extent.MinX / cellSize) * cellSize;
        double y0 = Math.Floor(extent.MinY / cellSize) * cellSize;
        double cols = Math.Floor((extent.MaxX - x0) / cellSize) + 1;
        double rows = Math.Floor((extent.MaxY - y0) / cellSize) + 1;
        if (cols * rows > maxCells)
            throw new AnalysisInputException(
                $"A {cellSize} m grid over this area would have {cols * rows:0} cells ({cols:0} × {rows:0}), " +
                $"more than the limit of {maxCells}. Use a larger cell size or a smaller area.");
        return new SquareGrid(x0, y0, cellSize, (int)cols, (int)rows);
    }

    public static SquareGrid Covering(PointSet points, double cellSize, long maxCells = DefaultMaxCells) =>
        Covering(points.Extent(), cellSize, maxCells);

    public int ColOf(double x) => (int)Math.Floor((x - X0) / CellSize);
    public int RowOf(double y) => (int)Math.Floor((y - Y0) / CellSize);
    public bool Contains(int col, int row) => col >= 0 && col < Cols && row >= 0 && row < Rows;
    public double CentreX(int col) => X0 + (col + 0.5) * CellSize;
    public double CentreY(int row) => Y0 + (row + 0.5) * CellSize;
    public double CellAreaKm2 => CellSize * CellSize / 1e6;

    public (double X, double Y) Centre(int col, int row) => (CentreX(col), CentreY(row));

    public Coordinate[] Outline(int col, int row)
    {
        // Each edge from the same arithmetic as the neighbour's, so shared edges match exactly (see HotspotPolygons).
        double west = X0 + col * CellSize, east = X0 + (col + 1) * CellSize, south = Y0 + row * CellSize, north = Y0 + (row + 1) * CellSize;
        return [new(west, south), new(east, south), new(east, north), new(west, north), new(west, south)];
    }

    public IEnumerable<(int Col, int Row)> EdgeNeighbours(int col, int row) => [(col + 1, row), (col - 1, row), (col, row + 1), (col, row - 1)];
}
