namespace Hotspots.Analysis;

/// <summary>
/// Incident counts per cell of a <see cref="SquareGrid"/>, dense (index = row · Cols + col).
/// <see cref="Analysed"/> marks the cells inside the boundary; null means every cell is analysed.
/// </summary>
public sealed record GridCounts(SquareGrid Grid, double[] Counts, bool[]? Analysed = null)
{
    public bool IsAnalysed(int index) => Analysed is null || Analysed[index];

    public int AnalysedCount => Analysed is null ? Counts.Length : Analysed.Count(a => a);

    /// <summary>Counts the points per cell; points outside the grid are ignored.</summary>
    public static GridCounts Count(PointSet points, SquareGrid grid, bool[]? analysed = null)
    {
        var counts = new double[grid.CellCount];
        double x0 = grid.X0, y0 = grid.Y0, c = grid.CellSize;
        int cols = grid.Cols, rows = grid.Rows;
        for (int i = 0; i < points.Count; i++)
        {
            int col = (int)Math.Floor((points.X[i] - x0) / c);
            int row = (int)Math.Floor((points.Y[i] - y0) / c);
            if ((uint)col < (uint)cols && (uint)row < (uint)rows) counts[row * cols + col]++;
        }
        return new GridCounts(grid, counts, analysed);
    }
}
