namespace Hotspots.Analysis;

/// <summary>Locations unusually far from any other: nearest-neighbour distance ≥ mean + 3 SD.</summary>
internal static class LocationalOutliers
{
    public static WeightedLocations Remove(WeightedLocations merged, List<string> why)
    {
        var nn = NearestNeighbours.KthDistance(merged.Locations, 1);
        double mean = nn.Average();
        double sd = Math.Sqrt(nn.Sum(d => (d - mean) * (d - mean)) / nn.Length);
        double limit = mean + 3 * sd;
        var keep = Enumerable.Range(0, nn.Length).Where(i => nn[i] < limit).ToArray();
        int outliers = nn.Length - keep.Length;
        int incidents = Enumerable.Range(0, nn.Length).Where(i => nn[i] >= limit).Sum(i => merged.Incidents[i]);
        why.Add($"{outliers} locations ({incidents} incidents) are locational outliers — their nearest neighbour is {OptimisedHotSpots.Metres(limit)} " +
                "or more away (mean + 3 standard deviations of nearest-neighbour distances) — and were left out of the grid and the distance measures.");
        return new WeightedLocations(
            new PointSet(keep.Select(i => merged.Locations.X[i]).ToArray(), keep.Select(i => merged.Locations.Y[i]).ToArray()),
            keep.Select(i => merged.Incidents[i]).ToArray());
    }
}
