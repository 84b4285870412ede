namespace Hotspots.Analysis;

/// <summary>
/// How far two DBSCAN labellings of the same points agree (ours against PostGIS ST_ClusterDBSCAN, say). Core points
/// must agree exactly, up to the numbering of clusters. A border point may legitimately join any cluster with a core
/// point within eps (implementations visit points in different orders), so border points that differ are counted
/// and checked to be reachable from the cluster each side gave them; any other difference is unexplained.
/// </summary>
public sealed record ClusterAgreement(int CorePoints, int CoreAgreeing, int OurClusters, int TheirClusters,
    int BorderPoints, int BorderSame, int BorderDifferentButReachable, int NoisePoints, int Unexplained)
{
    public bool CoreExact => CoreAgreeing == CorePoints && OurClusters == TheirClusters;

    /// <param name="theirs">The other labelling, <see cref="DbscanResult.Noise"/> for noise.</param>
    public static ClusterAgreement Of(PointSet points, double eps, int minPoints, int[] ours, int[] theirs)
    {
        var search = new DbscanSearch(points, eps, minPoints, new int[points.Count]);
        var core = new bool[points.Count];
        var pairs = new Dictionary<(int Ours, int Theirs), int>();
        for (int i = 0; i < points.Count; i++)
        {
            if (!(core[i] = search.IsCore(i))) continue;
            pairs[(ours[i], theirs[i])] = pairs.GetValueOrDefault((ours[i], theirs[i])) + 1;
        }
        // Each of our clusters is matched to the one of theirs holding most of its core points, and back.
        var oursToTheirs = pairs.GroupBy(p => p.Key.Ours).ToDictionary(g => g.Key, g => g.MaxBy(p => p.Value).Key.Theirs);
        var theirsToOurs = pairs.GroupBy(p => p.Key.Theirs).ToDictionary(g => g.Key, g => g.MaxBy(p => p.Value).Key.Ours);
        int coreAgreeing = pairs.Where(p => oursToTheirs[p.Key.Ours] == p.Key.Theirs && theirsToOurs[p.Key.Theirs] == p.Key.Ours).Sum(p => p.Value);

        int border = 0, borderSame = 0, reachable = 0, noise = 0, unexplained = 0;
        var near = new List<int>();
        for (int i = 0; i < points.Count; i++)
        {
            if (core[i]) continue;
            search.Index.Within(points.X[i], points.Y[i], eps, near);
            bool ourOk = ours[i] == DbscanResult.Noise ? !near.Exists(j => core[j]) : near.Exists(j => core[j] && ours[j] == ours[i]);
            bool theirOk = theirs[i] == DbscanResult.Noise ? !near.Exists(j => core[j]) : near.Exists(j => core[j] && theirs[j] == theirs[i]);
            if (!ourOk || !theirOk) { unexplained++; continue; }
            if (ours[i] == DbscanResult.Noise) { noise++; continue; }
            border++;
            if (oursToTheirs.GetValueOrDefault(ours[i], int.MinValue) == theirs[i]) borderSame++;
            else reachable++;
        }
        return new ClusterAgreement(core.Count(c => c), coreAgreeing, oursToTheirs.Count, theirsToOurs.Count,
            border, borderSame, reachable, noise, unexplained);
    }

    public override string ToString() =>
        $"core points {CorePoints}: {CoreAgreeing} in the same cluster ({(CoreExact ? "exact" : "NOT exact")}; clusters {OurClusters} ours, {TheirClusters} theirs); " +
        $"border points {BorderPoints}: {BorderSame} same, {BorderDifferentButReachable} in another cluster reachable from them; " +
        $"noise {NoisePoints}; unexplained {Unexplained}";
}
