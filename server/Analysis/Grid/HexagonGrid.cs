using NetTopologySuite.Geometries;

namespace Hotspots.Analysis;

/// <summary>
/// Pointy-topped hexagons whose centres are <see cref="CellSize"/> apart (the side is CellSize/√3), in rows
/// CellSize·√3/2 apart, odd rows shifted east by half a cell ("odd-r" offset coordinates: col, row). Cell (0, 0) is
/// centred on (X0, Y0) = (floor(min x / c)·c, floor(min y / h)·h) with h the row spacing, so every point of the extent
/// falls in a cell with col, row ≥ 0. Axial coordinates: q = col − (row − (row &amp; 1)) / 2, r = row.
/// </summary>
public sealed record HexagonGrid(double X0, double Y0, double CellSize, int Cols, int Rows) : ICellGrid
{
    public string Shape => "hexagon";
    public double RowSpacing => CellSize * Math.Sqrt(3) / 2;
    /// <summary>Centre to vertex: the side of the hexagon.</summary>
    public double Side => CellSize / Math.Sqrt(3);
    public long CellCount => (long)Cols * Rows;
    public double CellAreaKm2 => CellSize * CellSize * Math.Sqrt(3) / 2 / 1e6;

    public static HexagonGrid Covering(Extent extent, double cellSize, long maxCells = SquareGrid.DefaultMaxCells)
    {
        if (!(cellSize > 0) || double.IsInfinity(cellSize))
            throw new AnalysisInputException($"The cell size must be a positive number of metres (got {cellSize}).");
        double h = cellSize * Math.Sqrt(3) / 2, side = cellSize / Math.Sqrt(3);
        double x0 = Math.Floor(extent.MinX / cellSize) * cellSize, y0 = Math.Floor(extent.MinY / h) * h;
        double cols = Math.Floor((extent.MaxX - x0) / cellSize + 0.5) + 1;
        double rows = Math.Floor((extent.MaxY - y0 + side) / h) + 1;
        if (cols * rows > maxCells)
            throw new AnalysisInputException(
                $"A grid of {cellSize} m hexagons over this area would have {cols * rows:0} cells ({cols:0} × {rows:0}), " +
                $"more than the limit of {maxCells}. Use a larger cell size or a smaller area.");
        return new HexagonGrid(x0, y0, cellSize, (int)cols, (int)rows);
    }

    public static HexagonGrid Covering(PointSet points, double cellSize, long maxCells = SquareGrid.DefaultMaxCells) =>
        Covering(points.Extent(), cellSize, maxCells);

    /// <summary>
    /// The hexagon holding (x, y), decided in offset coordinates. Heights are measured in half sides from Y0 (t), across
    /// in half cells from X0 (w), the lattice the corners sit on. Between the rows' flat bands, the boundary is a zigzag
    /// t = 3r + 1 + d, with d the distance in half cells to the nearest centre of row r + 1.
    /// The tie rule, like the square grid's floor: a point on a boundary goes to the north cell, and on a vertical side to
    /// the east one; a corner therefore goes north, then east. A vertical side is decided from x alone, so points with the
    /// same x on the sides of different rows all go east. A point exactly on the grid's outer edge is counted in the cell
    /// inside the grid.
    /// </summary>
    public (int Col, int Row) CellOf(double x, double y)
    {
        double w = 2 * (x - X0) / CellSize, t = (y - Y0) / (Side / 2);
        var below = (int)Math.Floor((t - 1) / 3);
        double f = t - (3 * below + 1);
        int row = below + 1;
        if (f <= 1)
        {
            var shift = row & 1;
            var d = Math.Abs(w - shift - 2 * Math.Round((w - shift) / 2, MidpointRounding.ToEven));
            if (f < d) row = below;
        }
        var col = (int)Math.Floor((w - (row & 1) + 1) / 2);
        return (Math.Clamp(col, 0, Cols - 1), Math.Clamp(row, 0, Rows - 1));
    }

    public (double X, double Y) Centre(int col, int row) => (X0 + CellSize * (col + 0.5 * (row & 1)), Y0 + RowSpacing * row);

    public Coordinate[] Outline(int col, int row)
    {
        // Corners sit on a lattice of half a cell across and half a side up, so neighbours share theirs exactly: the
        // union of a hotspot's cells (HotspotPolygons) relies on that.
        double half = CellSize / 2, step = Side / 2;
        int k = 2 * col + (row & 1), m = 3 * row;
        Coordinate At(int across, int up) => new(X0 + half * (k + across), Y0 + step * (m + up));
        return [At(0, -2), At(1, -1), At(1, 1), At(0, 2), At(-1, 1), At(-1, -1), At(0, -2)];
    }

    public IEnumerable<(int Col, int Row)> EdgeNeighbours(int col, int row)
    {
        int shift = row & 1;   // odd rows sit half a cell east, so their diagonal neighbours are one column further east
        return [(col - 1, row), (col + 1, row), (col - 1 + shift, row - 1), (col + shift, row - 1), (col - 1 + shift, row + 1), (col + shift, row + 1)];
    }
}
