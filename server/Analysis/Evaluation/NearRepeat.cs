namespace Hotspots.Analysis;

/// <summary>
/// Knox near-repeat table: pairs of incidents by distance band and time band, with the count expected
/// when dates are shuffled among the locations (Monte Carlo, as the Near Repeat Calculator does).
/// Bands are half-open: [a, b) metres and [a, b) days.
/// </summary>
public sealed record NearRepeatResult(double[] DistanceEdges, int[] DayEdges, int[,] Observed, double[,] Expected, double[,] P, int Permutations)
{
    public string BandRule => "Distance bands are [a, b) metres and time bands [a, b) days: a pair exactly b apart falls in the next band.";
    public double Ratio(int distanceBand, int dayBand) =>
        Expected[distanceBand, dayBand] == 0 ? double.NaN : Observed[distanceBand, dayBand] / Expected[distanceBand, dayBand];
}

public static class NearRepeat
{
    public static NearRepeatResult Knox(PointSet points, DateOnly[] dates, double[] distanceEdges, int[] dayEdges, int permutations = 99, int seed = 1)
    {
        if (distanceEdges.Length < 2 || dayEdges.Length < 2) throw new AnalysisInputException("Give at least one distance band and one time band (two edges each).");
        var pairs = new List<(int I, int J, int Band)>();
        // Swept in order of easting: only pairs less than the last distance edge apart east-west can fall in a band,
        // so a district's incidents cost pairs near each other, not every pair.
        var byEast = Enumerable.Range(0, points.Count).OrderBy(i => points.X[i]).ToArray();
        var reach = distanceEdges[^1];
        for (int a = 0; a < byEast.Length; a++)
            for (int b = a + 1; b < byEast.Length && points.X[byEast[b]] - points.X[byEast[a]] < reach; b++)
            {
                int i = byEast[a], j = byEast[b];
                double d = Math.Sqrt(Math.Pow(points.X[i] - points.X[j], 2) + Math.Pow(points.Y[i] - points.Y[j], 2));
                int band = Band(distanceEdges, d);
                if (band >= 0) pairs.Add((i, j, band));
            }
        int[,] Table(int[] day)
        {
            var table = new int[distanceEdges.Length - 1, dayEdges.Length - 1];
            foreach (var (i, j, band) in pairs)
            {
                int t = Band(dayEdges, Math.Abs(day[i] - day[j]));
                if (t >= 0) table[band, t]++;
            }
            return table;
        }
        var days = dates.Select(d => d.DayNumber).ToArray();
        var observed = Table(days);
        var expected = new double[observed.GetLength(0), observed.GetLength(1)];
        var atLeast = new int[observed.GetLength(0), observed.GetLength(1)];
        var random = new Random(seed);
        var shuffled = (int[])days.Clone();
        for (int p = 0; p < permutations; p++)
        {
            random.Shuffle(shuffled);
            var table = Table(shuffled);
            for (int a = 0; a < table.GetLength(0); a++)
                for (int b = 0; b < table.GetLength(1); b++) { expected[a, b] += table[a, b] / (double)permutations; if (table[a, b] >= observed[a, b]) atLeast[a, b]++; }
        }
        var pValue = new double[atLeast.GetLength(0), atLeast.GetLength(1)];
        for (int a = 0; a < pValue.GetLength(0); a++)
            for (int b = 0; b < pValue.GetLength(1); b++) pValue[a, b] = (atLeast[a, b] + 1.0) / (permutations + 1);
        return new NearRepeatResult(distanceEdges, dayEdges, observed, expected, pValue, permutations);
    }

    static int Band(double[] edges, double value)
    {
        for (int k = 0; k < edges.Length - 1; k++) if (value >= edges[k] && value < edges[k + 1]) return k;
        return -1;
    }

    static int Band(int[] edges, int value)
    {
        for (int k = 0; k < edges.Length - 1; k++) if (value >= edges[k] && value < edges[k + 1]) return k;
        return -1;
    }
}
