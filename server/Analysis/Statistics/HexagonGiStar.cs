namespace Hotspots.Analysis;

/// <summary>
/// Gi* on a <see cref="HexagonGrid"/>, with the fixed distance band applied to hexagon centres (distance ≤ band, the
/// cell itself included) and the same formula, p-values and bins as <see cref="GiStar"/> on squares.
/// </summary>
public static class HexagonGiStar
{
    public static GiStarResult Compute(HexagonCounts counts, double band, bool fdr)
    {
        var grid = counts.Grid;
        var (evenRows, oddRows, drow) = Stencil(band, grid.CellSize);
        var formula = GiStarFormula.Of(counts.Counts, counts.Analysed is null ? null : i => counts.Analysed[i]);
        var cells = new GiStarCell[formula.N];
        var z = new double[formula.N];
        var p = new double[formula.N];
        int k = 0;
        for (int row = 0; row < grid.Rows; row++)
        {
            var dcol = (row & 1) == 0 ? evenRows : oddRows;
            for (int col = 0; col < grid.Cols; col++)
            {
                int i = row * grid.Cols + col;
                if (!counts.IsAnalysed(i)) continue;
                double sum = 0, neighbours = 0;
                for (int s = 0; s < drow.Length; s++)
                {
                    int r = row + drow[s], c = col + dcol[s];
                    if ((uint)r >= (uint)grid.Rows || (uint)c >= (uint)grid.Cols) continue;
                    int j = r * grid.Cols + c;
                    if (!counts.IsAnalysed(j)) continue;
                    sum += counts.Counts[j];
                    neighbours++;
                }
                z[k] = formula.Z(sum, neighbours);
                p[k] = NormalDistribution.TwoSidedP(z[k]);
                var (x, y) = grid.Centre(col, row);
                cells[k++] = new GiStarCell(col, row, x, y, counts.Counts[i], z[k - 1], p[k - 1], 0);
            }
        }
        var bins = fdr ? ConfidenceBins.FalseDiscoveryRate(z, p) : ConfidenceBins.Raw(z, p);
        for (int j = 0; j < cells.Length; j++) cells[j] = cells[j] with { Bin = bins[j] };
        return new GiStarResult(grid, band, fdr, formula.N, cells);
    }

    /// <summary>
    /// Every hexagon whose centre is within the band, as (dcol, drow) for a cell in an even row and in an odd row
    /// (offset coordinates shift with the row's parity); found in axial coordinates, where centres are
    /// c·(dq + dr/2, dr·√3/2) apart.
    /// </summary>
    static (int[] EvenRows, int[] OddRows, int[] DRow) Stencil(double band, double cellSize)
    {
        if (!(band >= cellSize))
            throw new AnalysisInputException(
                $"The distance band ({band} m) is smaller than the distance between hexagon centres ({cellSize} m), so no cell " +
                "would have a neighbour but itself. Use a band of at least one cell size.");
        double limit = band / cellSize * (band / cellSize) * (1 + 1e-12);
        int reachRows = (int)Math.Floor(band / (cellSize * Math.Sqrt(3) / 2) * (1 + 1e-12));
        int reachCols = (int)Math.Ceiling(band / cellSize) + reachRows;
        List<int> even = [], odd = [], drow = [];
        for (int dr = -reachRows; dr <= reachRows; dr++)
            for (int dq = -reachCols; dq <= reachCols; dq++)
            {
                double dx = dq + dr / 2.0, dy = dr * Math.Sqrt(3) / 2;
                if (dx * dx + dy * dy > limit) continue;
                even.Add(dq + (dr >> 1));
                odd.Add(dq + ((dr + 1) >> 1));
                drow.Add(dr);
            }
        return ([.. even], [.. odd], [.. drow]);
    }
}
