namespace Hotspots.Analysis;

/// <summary>
/// Confidence bins as ArcGIS reports them: ±3 (99 %), ±2 (95 %), ±1 (90 %) with the sign of z, else 0.
/// </summary>
public static class ConfidenceBins
{
    public static int Bin(double z, double p) =>
        double.IsNaN(p) ? 0 : p <= 0.01 ? Sign(z) * 3 : p <= 0.05 ? Sign(z) * 2 : p <= 0.10 ? Sign(z) : 0;

    public static int[] Raw(double[] z, double[] p)
    {
        var bins = new int[z.Length];
        for (int i = 0; i < z.Length; i++) bins[i] = Bin(z[i], p[i]);
        return bins;
    }

    /// <summary>
    /// Benjamini–Hochberg false discovery rate at 0.10, 0.05 and 0.01: at each level the largest
    /// rank k with p(k) ≤ k/m·α sets the threshold p(k); a cell's bin is the strictest level it passes.
    /// </summary>
    public static int[] FalseDiscoveryRate(double[] z, double[] p)
    {
        int m = p.Length;
        var sorted = new double[m];
        int valid = 0;
        foreach (double v in p) if (!double.IsNaN(v)) sorted[valid++] = v;
        Array.Sort(sorted, 0, valid);
        double t10 = Threshold(sorted, valid, 0.10), t05 = Threshold(sorted, valid, 0.05), t01 = Threshold(sorted, valid, 0.01);
        var bins = new int[m];
        for (int i = 0; i < m; i++)
        {
            double pi = p[i];
            int level = pi <= t01 ? 3 : pi <= t05 ? 2 : pi <= t10 ? 1 : 0;
            bins[i] = Sign(z[i]) * level;
        }
        return bins;
    }

    /// <summary>The largest p that Benjamini–Hochberg declares significant at <paramref name="alpha"/> (−1 if none).</summary>
    public static double FdrThreshold(double[] p, double alpha)
    {
        var sorted = p.Where(v => !double.IsNaN(v)).ToArray();
        Array.Sort(sorted);
        return Threshold(sorted, sorted.Length, alpha);
    }

    static double Threshold(double[] sorted, int m, double alpha)
    {
        for (int k = m; k >= 1; k--)
            if (sorted[k - 1] <= k * alpha / m) return sorted[k - 1];
        return -1;
    }

    static int Sign(double z) => z > 0 ? 1 : z < 0 ? -1 : 0;
}
