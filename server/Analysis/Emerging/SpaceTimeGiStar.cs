namespace Hotspots.Analysis;

/// <summary>
/// Gi* per space-time bin: a bin's neighbours are the cells within the band at the same step and the
/// previous <c>k</c> steps (itself included); mean and spread are taken over the whole cube.
/// </summary>
public static class SpaceTimeGiStar
{
    /// <summary>z per bin (same indexing as the cube; NaN for cells outside the boundary).</summary>
    public static double[] ZScores(SpaceTimeCube cube, double band, int previousSteps)
    {
        if (previousSteps < 0) throw new AnalysisInputException("The number of previous time steps must be 0 or more.");
        var grid = cube.Grid;
        int cells = cube.CellsPerStep;
        var stencil = NeighbourStencil.For(band, grid.CellSize);
        var formula = GiStarFormula.Of(cube.Counts, cube.Analysed is null ? null : i => cube.Analysed[i % cells]);

        var spatialSum = new double[cube.Counts.Length];
        var spatialWeight = new double[cells];
        for (int t = 0; t < cube.Steps; t++)
        {
            var padded = PaddedGrid.From(cube.Slice(t), stencil.Reach);
            var offsets = stencil.LinearOffsets(padded.Width);
            for (int row = 0, i = 0; row < grid.Rows; row++)
                for (int col = 0; col < grid.Cols; col++, i++)
                {
                    int centre = padded.IndexOf(row, col);
                    double sum = 0, weight = 0;
                    foreach (int o in offsets) { sum += padded.Value[centre + o]; weight += padded.Weight[centre + o]; }
                    spatialSum[t * cells + i] = sum;
                    spatialWeight[i] = weight;
                }
        }

        var z = new double[cube.Counts.Length];
        for (int t = 0; t < cube.Steps; t++)
            for (int i = 0; i < cells; i++)
            {
                if (cube.Analysed is { } a && !a[i]) { z[t * cells + i] = double.NaN; continue; }
                int from = Math.Max(0, t - previousSteps);
                double sum = 0;
                for (int s = from; s <= t; s++) sum += spatialSum[s * cells + i];
                z[t * cells + i] = formula.Z(sum, spatialWeight[i] * (t - from + 1));
            }
        return z;
    }
}
