namespace Hotspots.Analysis;

/// <summary>Global Moran's I with its expectation, variance under randomisation and z-score.</summary>
public readonly record struct MoranResult(double Band, double I, double Expected, double Variance, double Z);

/// <summary>
/// Global Moran's I of cell counts with fixed-band neighbours (self excluded), row-standardised
/// weights, and the randomisation variance (Cliff &amp; Ord), as ArcGIS Spatial Autocorrelation reports it.
/// </summary>
public static class MoransI
{
    public static MoranResult Compute(GridCounts counts, double band)
    {
        var grid = counts.Grid;
        var stencil = NeighbourStencil.For(band, grid.CellSize, includeSelf: false);
        var padded = PaddedGrid.From(counts, stencil.Reach);
        var offsets = stencil.LinearOffsets(padded.Width);
        double[] value = padded.Value, weight = padded.Weight;

        double n = 0, sum = 0;
        for (int p = 0; p < value.Length; p++) { n += weight[p]; sum += value[p]; }
        double mean = sum / n;
        var deviation = new double[value.Length];
        var inverseNeighbours = new double[value.Length];
        double m2 = 0, m4 = 0;
        for (int p = 0; p < value.Length; p++)
        {
            if (weight[p] == 0) continue;
            double d = value[p] - mean;
            deviation[p] = d; m2 += d * d; m4 += d * d * d * d;
            double k = 0;
            foreach (int o in offsets) k += weight[p + o];
            inverseNeighbours[p] = k > 0 ? 1 / k : 0;
        }
        if (m2 == 0) throw new AnalysisInputException("Every cell has the same count, so Moran's I is undefined (zero variance).");

        double cross = 0, s0 = 0, s1 = 0, s2 = 0;
        for (int p = 0; p < value.Length; p++)
        {
            if (weight[p] == 0) continue;
            double wi = inverseNeighbours[p], lag = 0, columnSum = 0;
            foreach (int o in offsets)
            {
                int q = p + o;
                if (weight[q] == 0) continue;
                lag += deviation[q];
                columnSum += inverseNeighbours[q];
                s1 += (wi + inverseNeighbours[q]) * (wi + inverseNeighbours[q]);
            }
            cross += wi * deviation[p] * lag;
            double rowSum = wi > 0 ? 1 : 0;
            s0 += rowSum;
            s2 += (rowSum + columnSum) * (rowSum + columnSum);
        }
        s1 /= 2;
        if (s0 == 0) throw new AnalysisInputException($"No cell has a neighbour within {band} m, so Moran's I is undefined.");
        double i = n / s0 * cross / m2, expected = -1 / (n - 1);
        double b2 = n * m4 / (m2 * m2);
        double expectedSquare =
            (n * ((n * n - 3 * n + 3) * s1 - n * s2 + 3 * s0 * s0) - b2 * ((n * n - n) * s1 - 2 * n * s2 + 6 * s0 * s0))
            / ((n - 1) * (n - 2) * (n - 3) * s0 * s0);
        double variance = expectedSquare - expected * expected;
        return new MoranResult(band, i, expected, variance, (i - expected) / Math.Sqrt(variance));
    }
}
