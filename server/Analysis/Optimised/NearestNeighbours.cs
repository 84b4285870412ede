namespace Hotspots.Analysis;

/// <summary>Distances from each point to its k-th nearest other point, by ring search over a bucket grid.</summary>
public static class NearestNeighbours
{
    public static double[] KthDistance(PointSet points, int k)
    {
        if (points.Count <= k) throw new AnalysisInputException($"Finding the {k}th nearest neighbour needs more than {k} distinct locations; there are {points.Count}.");
        var extent = points.Extent();
        double area = Math.Max(extent.Width * extent.Height, 1);
        var index = new PointIndex(points, Math.Sqrt(area * Math.Max(2, k) / points.Count));
        var result = new double[points.Count];
        var best = new double[k];
        for (int i = 0; i < points.Count; i++) result[i] = Math.Sqrt(Search(index, i, k, best));
        return result;
    }

    // Returns the squared distance to the k-th nearest point; rings beyond `ring` are at least ring·size away.
    static double Search(PointIndex index, int i, int k, double[] best)
    {
        var points = index.Points;
        double x = points.X[i], y = points.Y[i];
        var (col, row) = index.BucketCell(x, y);
        Array.Fill(best, double.PositiveInfinity);
        int maxRing = Math.Max(index.Cols, index.Rows);
        for (int ring = 0; ring <= maxRing; ring++)
        {
            for (int r = row - ring; r <= row + ring; r++)
            {
                if (r < 0 || r >= index.Rows) continue;
                bool edgeRow = r == row - ring || r == row + ring;
                for (int c = col - ring; c <= col + ring; c += edgeRow || ring == 0 ? 1 : 2 * ring)
                {
                    if (c < 0 || c >= index.Cols) continue;
                    foreach (int j in index.InBucket(c, r))
                    {
                        if (j == i) continue;
                        double dx = points.X[j] - x, dy = points.Y[j] - y, d2 = dx * dx + dy * dy;
                        if (d2 < best[k - 1]) Insert(best, d2);
                    }
                }
            }
            double reach = ring * index.BucketSize;
            if (best[k - 1] <= reach * reach) break;
        }
        return best[k - 1];
    }

    static void Insert(double[] best, double d2)
    {
        int at = best.Length - 1;
        while (at > 0 && best[at - 1] > d2) { best[at] = best[at - 1]; at--; }
        best[at] = d2;
    }
}
