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
    public static DbscanResult Cluster(PointSet points, double eps, int minPoints)
    {
        if (!(eps > 0)) throw new AnalysisInputException($"eps must be a positive number of metres (got {eps}).");
        if (minPoints < 1) throw new AnalysisInputException($"min-points must be at least 1 (got {minPoints}).");
        var label = new int[points.Count];
        if (points.Count == 0) return new DbscanResult(eps, minPoints, label, 0);
        Array.Fill(label, DbscanSearch.Unvisited);
        var search = new DbscanSearch(points, eps, minPoints, label);
        int clusters = 0;
        for (int i = 0; i < points.Count; i++)
        {
            if (label[i] != DbscanSearch.Unvisited) continue;
            if (!search.IsCore(i)) { label[i] = DbscanResult.Noise; continue; }
            search.Expand(i, clusters++);
        }
        return new DbscanResult(eps, minPoints, label, clusters);
    }
}
