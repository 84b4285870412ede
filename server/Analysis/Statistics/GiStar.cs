namespace Hotspots.Analysis;

/// <summary>One analysed cell of a Gi* run. X, Y is the cell centre.</summary>
public readonly record struct GiStarCell(int Col, int Row, double X, double Y, double Count, double Z, double P, int Bin);

/// <summary>Gi* for every analysed cell, in row then column order, with the parameters used.</summary>
public sealed record GiStarResult(ICellGrid Grid, double DistanceBand, bool FalseDiscoveryRate, int AnalysedCells, GiStarCell[] Cells);

/// <summary>
/// Getis-Ord Gi* with a fixed distance band, binary weights and the cell itself included, as the
/// analysis spec defines it (equal to ArcGIS Hot Spot Analysis, spdep localG with include.self()
/// style "B", PySAL G_Local star=True transform='B'). p is two-sided.
/// </summary>
public static class GiStar
{
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static GiStarResult Compute(GridCounts counts, double band, bool fdr)
    {
        var grid = counts.Grid;
        var stencil = NeighbourStencil.For(band, grid.CellSize);
        var formula = GiStarFormula.Of(counts.Counts, counts.Analysed is null ? null : i => counts.Analysed[i]);
        var padded = PaddedGrid.From(counts, stencil.Reach);
        var offsets = stencil.LinearOffsets(padded.Width);
        double[] value = padded.Value, weight = padded.Weight;

        var cells = new GiStarCell[formula.N];
        var z = new double[formula.N];
        var p = new double[formula.N];
        int k = 0;
        for (int row = 0; row < grid.Rows; row++)
        {
            for (int col = 0; col < grid.Cols; col++)
            {
                int i = row * grid.Cols + col;
                if (!counts.IsAnalysed(i)) continue;
                int centre = padded.IndexOf(row, col);
                double sum = 0, neighbours = 0;
                foreach (int o in offsets) { sum += value[centre + o]; neighbours += weight[centre + o]; }
                z[k] = formula.Z(sum, neighbours);
                p[k] = NormalDistribution.TwoSidedP(z[k]);
                cells[k] = new GiStarCell(col, row, grid.CentreX(col), grid.CentreY(row), counts.Counts[i], z[k], p[k], 0);
                k++;
            }
        }
        var bins = fdr ? ConfidenceBins.FalseDiscoveryRate(z, p) : ConfidenceBins.Raw(z, p);
        for (int j = 0; j < cells.Length; j++) cells[j] = cells[j] with { Bin = bins[j] };
        return new GiStarResult(grid, band, fdr, formula.N, cells);
    }

    /// <summary>
    /// Gi* z-scores for values at arbitrary locations (all pairs compared, so for small sets such as
    /// areas or checks against other software; use <see cref="Compute"/> for grids).
    /// </summary>
    public static double[] ZScores(PointSet locations, double[] values, double band)
    {
        var formula = GiStarFormula.Of(values);
        double band2 = band * band;
        var z = new double[values.Length];
        for (int i = 0; i < values.Length; i++)
        {
            double sum = 0, neighbours = 0;
            for (int j = 0; j < values.Length; j++)
            {
                double dx = locations.X[i] - locations.X[j], dy = locations.Y[i] - locations.Y[j];
                if (dx * dx + dy * dy <= band2) { sum += values[j]; neighbours++; }
            }
            z[i] = formula.Z(sum, neighbours);
        }
        return z;
    }
}
