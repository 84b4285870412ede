namespace Hotspots.Analysis;

/// <summary>Incident counts per hexagon (index = row · Cols + col); <see cref="Analysed"/> as in <see cref="GridCounts"/>.</summary>
public sealed record HexagonCounts(HexagonGrid Grid, double[] Counts, bool[]? Analysed = null)
{
    public bool IsAnalysed(int index) => Analysed is null || Analysed[index];

    /// <summary>Counts every point in exactly one hexagon; points beyond the grid (a boundary's grid) are ignored.</summary>
    public static HexagonCounts Count(PointSet points, HexagonGrid grid, bool[]? analysed = null)
    {
        var counts = new double[grid.CellCount];
        double reachX = grid.CellSize / 2, reachY = grid.Side;
        var (westX, _) = grid.Centre(0, 0);
        double eastX = westX + grid.CellSize * (grid.Cols - 0.5), northY = grid.Y0 + grid.RowSpacing * (grid.Rows - 1);
        for (int i = 0; i < points.Count; i++)
        {
            double x = points.X[i], y = points.Y[i];
            if (x < westX - reachX || x > eastX + reachX || y < grid.Y0 - reachY || y > northY + reachY) continue;
            var (col, row) = grid.CellOf(x, y);
            counts[row * grid.Cols + col]++;
        }
        return new HexagonCounts(grid, counts, analysed);
    }
}
