namespace Hotspots.Analysis;

/// <summary>Distinct locations and how many incidents share each one.</summary>
public sealed record WeightedLocations(PointSet Locations, int[] Incidents)
{
    /// <summary>Merges incidents at exactly the same coordinates, keeping first-seen order of locations sorted by x then y.</summary>
    public static WeightedLocations Merge(PointSet points)
    {
        var order = new int[points.Count];
        for (int i = 0; i < order.Length; i++) order[i] = i;
        Array.Sort(order, (a, b) =>
        {
            int c = points.X[a].CompareTo(points.X[b]);
            return c != 0 ? c : points.Y[a].CompareTo(points.Y[b]);
        });
        var xs = new List<double>();
        var ys = new List<double>();
        var counts = new List<int>();
        foreach (int i in order)
        {
            if (xs.Count > 0 && xs[^1] == points.X[i] && ys[^1] == points.Y[i]) { counts[^1]++; continue; }
            xs.Add(points.X[i]); ys.Add(points.Y[i]); counts.Add(1);
        }
        return new WeightedLocations(new PointSet(xs.ToArray(), ys.ToArray()), counts.ToArray());
    }

    /// <summary>Standard distance √(Σ w((x−x̄)² + (y−ȳ)²)/Σw), weighting each location by its incidents.</summary>
    public double StandardDistance()
    {
        double n = 0, mx = 0, my = 0;
        for (int i = 0; i < Incidents.Length; i++) { n += Incidents[i]; mx += Incidents[i] * Locations.X[i]; my += Incidents[i] * Locations.Y[i]; }
        mx /= n; my /= n;
        double sum = 0;
        for (int i = 0; i < Incidents.Length; i++)
        {
            double dx = Locations.X[i] - mx, dy = Locations.Y[i] - my;
            sum += Incidents[i] * (dx * dx + dy * dy);
        }
        return Math.Sqrt(sum / n);
    }
}
