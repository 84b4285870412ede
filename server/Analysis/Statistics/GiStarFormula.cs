namespace Hotspots.Analysis;

/// <summary>
/// The Getis-Ord Gi* z-score of one location with binary weights (so Σw² = Σw), exactly as the
/// analysis spec writes it; shared by the grid, point and space-time versions.
/// </summary>
internal readonly record struct GiStarFormula(double Mean, double S, int N)
{
    public static GiStarFormula Of(ReadOnlySpan<double> values, Func<int, bool>? include = null)
    {
        int n = 0;
        double sum = 0;
        for (int i = 0; i < values.Length; i++) if (include is null || include(i)) { sum += values[i]; n++; }
        if (n < 3) throw new AnalysisInputException($"Gi* needs at least 3 locations to compare; there are {n}.");
        double mean = sum / n, squares = 0;
        for (int i = 0; i < values.Length; i++)
            if (include is null || include(i)) { double d = values[i] - mean; squares += d * d; }
        double s = Math.Sqrt(squares / n);
        if (!(s > 1e-12 * Math.Max(1, Math.Abs(mean))))
            throw new AnalysisInputException(
                $"Every analysed location has the same value ({mean}), so there is no variation for Gi* to test (zero variance).");
        return new GiStarFormula(mean, s, n);
    }

    /// <summary>z for a location whose neighbours (itself included) sum to <paramref name="sumValues"/>.</summary>
    public double Z(double sumValues, double neighbours)
    {
        double spread = (N * neighbours - neighbours * neighbours) / (N - 1);
        // A location neighbouring every other location has no contrast to measure.
        if (spread <= 0) return 0;
        return (sumValues - Mean * neighbours) / (S * Math.Sqrt(spread));
    }
}
