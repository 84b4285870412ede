using System.Runtime.CompilerServices;

namespace Hotspots.Analysis;

/// <summary>
/// The neighbour searches of one DBSCAN run over buckets of side eps/√2: every point in a bucket is
/// within eps of every other, so a bucket holding minPoints or more is all core, is claimed whole,
/// and once claimed by a cluster is skipped by that cluster's later searches.
/// </summary>
internal sealed class DbscanSearch(PointSet points, double eps, int minPoints, int[] label)
{
    public const int Unvisited = -2;
    readonly PointIndex index = new(points, eps / Math.Sqrt(2));
    internal PointIndex Index => index;
    int[]? claimedBy;
    readonly Queue<int> queue = new();
    bool BucketsWithinEps => index.BucketSize * Math.Sqrt(2) <= eps * (1 + 1e-12);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool IsCore(int i)
    {
        double x = points.X[i], y = points.Y[i], eps2 = eps * eps;
        var (col, row) = index.BucketCell(x, y);
        if (BucketsWithinEps && index.InBucket(col, row).Length >= minPoints) return true;
        var (colFrom, rowFrom) = index.BucketCell(x - eps, y - eps);
        var (colTo, rowTo) = index.BucketCell(x + eps, y + eps);
        int found = 0;
        for (int r = rowFrom; r <= rowTo; r++)
            for (int c = colFrom; c <= colTo; c++)
                foreach (int j in index.InBucket(c, r))
                {
                    double dx = points.X[j] - x, dy = points.Y[j] - y;
                    if (dx * dx + dy * dy <= eps2 && ++found >= minPoints) return true;
                }
        return false;
    }

    public void Expand(int first, int cluster)
    {
        label[first] = cluster;
        Claim(first, cluster);
        while (queue.Count > 0)
        {
            int j = queue.Dequeue();
            if (IsCore(j)) Claim(j, cluster);
        }
    }

    // Noise seen from a core point becomes a border point; unvisited points are searched later.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    void Claim(int i, int cluster)
    {
        double x = points.X[i], y = points.Y[i], eps2 = eps * eps;
        var (ownCol, ownRow) = index.BucketCell(x, y);
        int own = ownRow * index.Cols + ownCol;
        claimedBy ??= NewClaims(index.Cols * index.Rows);
        if (BucketsWithinEps && index.InBucket(ownCol, ownRow).Length >= minPoints && claimedBy[own] < 0)
        {
            foreach (int k in index.InBucket(ownCol, ownRow)) Take(k, cluster);
            claimedBy[own] = cluster;
        }
        var (colFrom, rowFrom) = index.BucketCell(x - eps, y - eps);
        var (colTo, rowTo) = index.BucketCell(x + eps, y + eps);
        for (int r = rowFrom; r <= rowTo; r++)
            for (int c = colFrom; c <= colTo; c++)
            {
                if (claimedBy[r * index.Cols + c] == cluster) continue;
                foreach (int k in index.InBucket(c, r))
                {
                    double dx = points.X[k] - x, dy = points.Y[k] - y;
                    if (dx * dx + dy * dy <= eps2) Take(k, cluster);
                }
            }
    }

    static int[] NewClaims(int buckets)
    {
        var claims = new int[buckets];
        Array.Fill(claims, -1);
        return claims;
    }

    void Take(int k, int cluster)
    {
        if (label[k] == DbscanResult.Noise) label[k] = cluster;
        else if (label[k] == Unvisited) { label[k] = cluster; queue.Enqueue(k); }
    }
}
