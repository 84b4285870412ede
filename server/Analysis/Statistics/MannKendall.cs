namespace Hotspots.Analysis;

/// <summary>Mann–Kendall trend test of a series in time order.</summary>
public readonly record struct MannKendallResult(double S, double Variance, double Z, double P);

public static class MannKendall
{
    /// <summary>
    /// S = Σ sign(x_j − x_i) over i &lt; j; Var = [n(n−1)(2n+5) − Σ t(t−1)(2t+5)] / 18 over groups of
    /// t tied values; Z = (S − 1)/√Var for S &gt; 0, (S + 1)/√Var for S &lt; 0, else 0; p two-sided.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static MannKendallResult Test(ReadOnlySpan<double> series)
    {
        int n = series.Length;
        double s = 0;
        for (int i = 0; i < n - 1; i++)
            for (int j = i + 1; j < n; j++)
                s += Math.Sign(series[j] - series[i]);
        double variance = (n * (n - 1.0) * (2 * n + 5) - TieCorrection(series)) / 18;
        double z = variance <= 0 ? 0 : s > 0 ? (s - 1) / Math.Sqrt(variance) : s < 0 ? (s + 1) / Math.Sqrt(variance) : 0;
        return new MannKendallResult(s, variance, z, NormalDistribution.TwoSidedP(z));
    }

    static double TieCorrection(ReadOnlySpan<double> series)
    {
        var sorted = series.ToArray();
        Array.Sort(sorted);
        double correction = 0;
        for (int i = 0; i < sorted.Length;)
        {
            int j = i;
            while (j < sorted.Length && sorted[j] == sorted[i]) j++;
            double t = j - i;
            correction += t * (t - 1) * (2 * t + 5);
            i = j;
        }
        return correction;
    }
}
