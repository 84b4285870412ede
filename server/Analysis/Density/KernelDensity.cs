namespace Hotspots.Analysis;

/// <summary>A density surface: one value per cell of <see cref="Grid"/>, row 0 southernmost, in points per km².</summary>
public sealed record DensityRaster(SquareGrid Grid, double Radius, double[] PerKm2);

/// <summary>
/// Quartic kernel density (Silverman 1986 eq. 4.5, as ArcGIS Kernel Density) at cell centres:
/// (1/r²) · Σ (3/π)(1 − (d/r)²)² over points with d &lt; r, reported per km².
/// </summary>
public static class KernelDensity
{
    /// <summary>Default cell size: the shorter side of the points' extent / 250.</summary>
    public static double DefaultCellSize(PointSet points)
    {
        var extent = points.Extent();
        double cell = Math.Min(extent.Width, extent.Height) / 250;
        if (!(cell > 0)) throw new AnalysisInputException("The points lie on a line, so no default cell size can be derived; give --cell-size.");
        return cell;
    }

    public static DensityRaster Compute(PointSet points, double radius, double cellSize, long maxCells = SquareGrid.DefaultMaxCells) =>
        Compute(points, radius, SquareGrid.Covering(points, cellSize, maxCells));

    public static DensityRaster Compute(PointSet points, double radius, SquareGrid grid)
    {
        if (!(radius > 0)) throw new AnalysisInputException($"The kernel radius must be a positive number of metres (got {radius}).");
        int chunks = Math.Max(1, Math.Min(Environment.ProcessorCount, points.Count / 50_000));
        var partial = new double[chunks][];
        Parallel.For(0, chunks, chunk =>
        {
            var sums = new double[grid.CellCount];
            long start = (long)points.Count * chunk / chunks, end = (long)points.Count * (chunk + 1) / chunks;
            for (long i = start; i < end; i++) AddPoint(sums, grid, radius, points.X[i], points.Y[i]);
            partial[chunk] = sums;
        });
        var total = partial[0];
        for (int chunk = 1; chunk < chunks; chunk++)
            for (int i = 0; i < total.Length; i++) total[i] += partial[chunk][i];
        double scale = 3 / (Math.PI * radius * radius) * 1e6;
        for (int i = 0; i < total.Length; i++) total[i] *= scale;
        return new DensityRaster(grid, radius, total);
    }

    /// <summary>Density at one location, per m² (for checks and single-location questions).</summary>
    public static double At(PointSet points, double radius, double x, double y)
    {
        double sum = 0, r2 = radius * radius;
        for (int i = 0; i < points.Count; i++)
        {
            double dx = points.X[i] - x, dy = points.Y[i] - y, u = (dx * dx + dy * dy) / r2;
            if (u < 1) sum += (1 - u) * (1 - u);
        }
        return 3 / Math.PI * sum / r2;
    }

    static void AddPoint(double[] sums, SquareGrid grid, double radius, double x, double y)
    {
        double c = grid.CellSize, r2 = radius * radius;
        int colFrom = Math.Max(0, grid.ColOf(x - radius)), colTo = Math.Min(grid.Cols - 1, grid.ColOf(x + radius));
        int rowFrom = Math.Max(0, grid.RowOf(y - radius)), rowTo = Math.Min(grid.Rows - 1, grid.RowOf(y + radius));
        Span<double> dx2 = colTo - colFrom + 1 <= 1024 ? stackalloc double[colTo - colFrom + 1] : new double[colTo - colFrom + 1];
        for (int col = colFrom; col <= colTo; col++) { double dx = grid.X0 + (col + 0.5) * c - x; dx2[col - colFrom] = dx * dx; }
        for (int row = rowFrom; row <= rowTo; row++)
        {
            double dy = grid.Y0 + (row + 0.5) * c - y, dy2 = dy * dy;
            if (dy2 >= r2) continue;
            int offset = row * grid.Cols + colFrom;
            for (int k = 0; k < dx2.Length; k++)
            {
                double u = (dx2[k] + dy2) / r2;
                if (u < 1) sums[offset + k] += (1 - u) * (1 - u);
            }
        }
    }
}
