namespace Hotspots.Analysis;

/// <summary>
/// A bucket grid over points for radius and nearest-neighbour queries: points sorted by bucket
/// (counting sort), with each bucket's start in <see cref="Order"/>.
/// </summary>
public sealed class PointIndex
{
    const long MaxBuckets = 16_000_000;
    readonly PointSet points;
    readonly int[] start;
    public double X0 { get; }
    public double Y0 { get; }
    public double BucketSize { get; }
    public int Cols { get; }
    public int Rows { get; }
    internal int[] Order { get; }

    public PointIndex(PointSet points, double bucketSize)
    {
        this.points = points;
        var extent = points.Extent();
        double area = Math.Max(extent.Width, 1) * Math.Max(extent.Height, 1);
        BucketSize = Math.Max(bucketSize, Math.Sqrt(area / MaxBuckets));
        (X0, Y0) = (extent.MinX, extent.MinY);
        Cols = (int)(extent.Width / BucketSize) + 1;
        Rows = (int)(extent.Height / BucketSize) + 1;
        start = new int[(long)Cols * Rows + 1];
        var bucket = new int[points.Count];
        for (int i = 0; i < points.Count; i++) { bucket[i] = BucketOf(points.X[i], points.Y[i]); start[bucket[i] + 1]++; }
        for (int b = 0; b < Cols * Rows; b++) start[b + 1] += start[b];
        Order = new int[points.Count];
        var next = (int[])start.Clone();
        for (int i = 0; i < points.Count; i++) Order[next[bucket[i]]++] = i;
    }

    public PointSet Points => points;

    int BucketOf(double x, double y) =>
        Math.Min(Rows - 1, (int)((y - Y0) / BucketSize)) * Cols + Math.Min(Cols - 1, (int)((x - X0) / BucketSize));

    internal (int Col, int Row) BucketCell(double x, double y) =>
        (Math.Clamp((int)((x - X0) / BucketSize), 0, Cols - 1), Math.Clamp((int)((y - Y0) / BucketSize), 0, Rows - 1));

    internal ReadOnlySpan<int> InBucket(int col, int row)
    {
        int b = row * Cols + col;
        return Order.AsSpan(start[b], start[b + 1] - start[b]);
    }

    /// <summary>Fills <paramref name="found"/> with every point at distance ≤ radius of (x, y), itself included.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public void Within(double x, double y, double radius, List<int> found)
    {
        found.Clear();
        double r2 = radius * radius;
        var (colFrom, rowFrom) = BucketCell(x - radius, y - radius);
        var (colTo, rowTo) = BucketCell(x + radius, y + radius);
        for (int row = rowFrom; row <= rowTo; row++)
            for (int col = colFrom; col <= colTo; col++)
                foreach (int j in InBucket(col, row))
                {
                    double dx = points.X[j] - x, dy = points.Y[j] - y;
                    if (dx * dx + dy * dy <= r2) found.Add(j);
                }
    }
}
