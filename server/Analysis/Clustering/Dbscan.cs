namespace Hotspots.Analysis;

/// <summary>Cluster per input point (0, 1, …) or <see cref="Noise"/>, with the parameters used.</summary>
public sealed record DbscanResult(double Eps, int MinPoints, int[] Cluster, int ClusterCount)
{
    public const int Noise = -1;
}

/// <summary>
/// DBSCAN with Euclidean distance ≤ eps; a core point has at least minPoints points within eps,
/// itself included (PostGIS ST_ClusterDBSCAN, scikit-learn). Points are visited in input order, so
/// cluster ids follow the first core point of each cluster and a border point reachable from two
/// clusters joins the one that reaches it first, as in scikit-learn.
/// </summary>
public static class Dbscan
{
    const int Unvisited = -2;

    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static DbscanResult Cluster(PointSet points, double eps, int minPoints)
    {
        if (!(eps > 0)) throw new AnalysisInputException($"eps must be a positive number of metres (got {eps}).");
        if (minPoints < 1) throw new AnalysisInputException($"min-points must be at least 1 (got {minPoints}).");
        var label = new int[points.Count];
        if (points.Count == 0) return new DbscanResult(eps, minPoints, label, 0);
        Array.Fill(label, Unvisited);
        var index = new PointIndex(points, eps);
        var neighbours = new List<int>();
        var queue = new Queue<int>();
        int clusters = 0;
        for (int i = 0; i < points.Count; i++)
        {
            if (label[i] != Unvisited) continue;
            index.Within(points.X[i], points.Y[i], eps, neighbours);
            if (neighbours.Count < minPoints) { label[i] = DbscanResult.Noise; continue; }
            int cluster = clusters++;
            label[i] = cluster;
            Claim(neighbours, label, cluster, queue);
            while (queue.Count > 0)
            {
                int j = queue.Dequeue();
                index.Within(points.X[j], points.Y[j], eps, neighbours);
                if (neighbours.Count >= minPoints) Claim(neighbours, label, cluster, queue);
            }
        }
        return new DbscanResult(eps, minPoints, label, clusters);
    }

    // Noise seen from a core point becomes a border point; unvisited points are expanded later.
    static void Claim(List<int> neighbours, int[] label, int cluster, Queue<int> queue)
    {
        foreach (int k in neighbours)
        {
            if (label[k] == DbscanResult.Noise) label[k] = cluster;
            else if (label[k] == Unvisited) { label[k] = cluster; queue.Enqueue(k); }
        }
    }
}
