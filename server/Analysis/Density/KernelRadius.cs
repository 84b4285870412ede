namespace Hotspots.Analysis;

/// <summary>The default search radius and how it was reached, so an analyst can quote it.</summary>
public sealed record KernelRadius(double Radius, double MedianDistance, double StandardDistance, int Points)
{
    /// <summary>
    /// ArcGIS ≥ 10.2.1 rule: r = 0.9 · min(SD, √(1/ln 2) · Dm) · n^(−0.2), with Dm the median distance
    /// to the mean centre and SD the standard distance.
    /// </summary>
    public static KernelRadius Default(PointSet points)
    {
        int n = points.Count;
        if (n < 2) throw new AnalysisInputException($"The default kernel radius needs at least 2 points; there are {n}.");
        double mx = 0, my = 0;
        for (int i = 0; i < n; i++) { mx += points.X[i]; my += points.Y[i]; }
        mx /= n; my /= n;
        var distance = new double[n];
        double squares = 0;
        for (int i = 0; i < n; i++)
        {
            double dx = points.X[i] - mx, dy = points.Y[i] - my;
            squares += dx * dx + dy * dy;
            distance[i] = Math.Sqrt(dx * dx + dy * dy);
        }
        double median = Median(distance);
        double sd = Math.Sqrt(squares / n);
        double radius = 0.9 * Math.Min(sd, Math.Sqrt(1 / Math.Log(2)) * median) * Math.Pow(n, -0.2);
        if (!(radius > 0)) throw new AnalysisInputException("All points are at the same place, so no kernel radius can be derived; give --radius.");
        return new KernelRadius(radius, median, sd, n);
    }

    internal static double Median(double[] values)
    {
        var sorted = (double[])values.Clone();
        Array.Sort(sorted);
        int m = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[m] : (sorted[m - 1] + sorted[m]) / 2;
    }
}
