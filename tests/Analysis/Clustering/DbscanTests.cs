using Hotspots.Analysis;

namespace Hotspots.Tests.Analysis.Clustering;

public class DbscanTests
{
    [Theory]
    [InlineData(1, 40.0, 4)]
    [InlineData(2, 25.0, 3)]
    [InlineData(3, 60.0, 8)]
    public void Agrees_with_a_brute_force_definition_on_random_data(int seed, double eps, int minPoints)
    {
        var points = ClusteredPoints(seed, 700);
        var result = Dbscan.Cluster(points, eps, minPoints);
        var (core, component) = BruteForce(points, eps, minPoints);
        Assert.True(result.ClusterCount > 1);
        Assert.Contains(result.Cluster, c => c == DbscanResult.Noise);
        var coreClusterOf = new Dictionary<int, int>();
        for (int i = 0; i < points.Count; i++)
        {
            if (core[i])
            {
                // Same partition of core points: each component maps to exactly one cluster id.
                if (coreClusterOf.TryGetValue(component[i], out int id)) Assert.Equal(id, result.Cluster[i]);
                else coreClusterOf[component[i]] = result.Cluster[i];
                continue;
            }
            var reachable = Enumerable.Range(0, points.Count).Where(j => core[j] && Distance(points, i, j) <= eps).ToList();
            if (reachable.Count == 0) Assert.Equal(DbscanResult.Noise, result.Cluster[i]);
            else Assert.Contains(reachable, j => result.Cluster[j] == result.Cluster[i]);
        }
        Assert.Equal(coreClusterOf.Count, coreClusterOf.Values.Distinct().Count());
        Assert.Equal(result.ClusterCount, coreClusterOf.Count);
    }

    [Fact]
    public void Min_points_counts_the_point_itself()
    {
        var pair = PointSet.Of((0, 0), (10, 0), (500, 500));
        Assert.Equal([0, 0, -1], Dbscan.Cluster(pair, 10, 2).Cluster);
        Assert.Equal([-1, -1, -1], Dbscan.Cluster(pair, 9.99, 2).Cluster);
    }

    static (bool[] Core, int[] Component) BruteForce(PointSet points, double eps, int minPoints)
    {
        int n = points.Count;
        var core = new bool[n];
        for (int i = 0; i < n; i++) core[i] = Enumerable.Range(0, n).Count(j => Distance(points, i, j) <= eps) >= minPoints;
        var component = Enumerable.Range(0, n).ToArray();
        int Find(int a) => component[a] == a ? a : component[a] = Find(component[a]);
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++)
                if (core[i] && core[j] && Distance(points, i, j) <= eps) component[Find(i)] = Find(j);
        for (int i = 0; i < n; i++) component[i] = Find(i);
        return (core, component);
    }

    static double Distance(PointSet p, int i, int j) => Math.Sqrt(Math.Pow(p.X[i] - p.X[j], 2) + Math.Pow(p.Y[i] - p.Y[j], 2));

    internal static PointSet ClusteredPoints(int seed, int n)
    {
        var random = new Random(seed);
        var points = new PointSet(new double[n], new double[n]);
        for (int i = 0; i < n; i++)
        {
            bool clustered = i % 3 != 0;
            double cx = clustered ? 200 + 300 * (i % 4) : 0, cy = clustered ? 300 + 250 * (i % 2) : 0;
            points.X[i] = clustered ? cx + Gaussian(random) * 40 : random.NextDouble() * 1500;
            points.Y[i] = clustered ? cy + Gaussian(random) * 40 : random.NextDouble() * 1000;
        }
        return points;
    }

    static double Gaussian(Random r) => Math.Sqrt(-2 * Math.Log(1 - r.NextDouble())) * Math.Cos(2 * Math.PI * r.NextDouble());
}
