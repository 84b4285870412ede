namespace Hotspots.Analysis;

/// <summary>Incident locations in British National Grid metres (EPSG:27700).</summary>
public sealed record PointSet(double[] X, double[] Y)
{
    public int Count => X.Length;

    public static PointSet Of(params (double X, double Y)[] points) =>
        new(points.Select(p => p.X).ToArray(), points.Select(p => p.Y).ToArray());

    public Extent Extent()
    {
        if (Count == 0) throw new AnalysisInputException("There are no points to analyse.");
        double minX = X[0], maxX = X[0], minY = Y[0], maxY = Y[0];
        for (int i = 1; i < X.Length; i++)
        {
            double x = X[i], y = Y[i];
            if (x < minX) minX = x; else if (x > maxX) maxX = x;
            if (y < minY) minY = y; else if (y > maxY) maxY = y;
        }
        return new Extent(minX, minY, maxX, maxY);
    }
}

/// <summary>Bounding rectangle in metres.</summary>
public readonly record struct Extent(double MinX, double MinY, double MaxX, double MaxY)
{
    public double Width => MaxX - MinX;
    public double Height => MaxY - MinY;
}
