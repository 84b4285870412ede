namespace Hotspots.Areas;

/// <summary>One square of the Web Mercator (EPSG:3857) tile grid that web maps use: zoom z, column x, row y from the top.</summary>
public sealed record Tile(int Z, int X, int Y)
{
    public const int MaxZoom = 22;

    public static Tile? Parse(int z, int x, int y) =>
        z is >= 0 and <= MaxZoom && x >= 0 && y >= 0 && x < 1 << z && y < 1 << z ? new Tile(z, x, y) : null;

    /// <summary>The tile's extent in WGS84 degrees, widened by <paramref name="margin"/> of its side so that
    /// a box reprojected by its corners still covers every point in the tile.</summary>
    public BoundingBox Wgs84(double margin = 0.02)
    {
        double n = 1 << Z, west = X / n * 360 - 180, east = (X + 1) / n * 360 - 180;
        double north = Latitude(Y / n), south = Latitude((Y + 1) / n);
        double dx = (east - west) * margin, dy = (north - south) * margin;
        return new BoundingBox(Math.Max(-180, west - dx), Math.Max(-85.06, south - dy), Math.Min(180, east + dx), Math.Min(85.06, north + dy),
            CoordinateSystem.Wgs84);
    }

    private static double Latitude(double fromTop) => Math.Atan(Math.Sinh(Math.PI * (1 - 2 * fromTop))) * 180 / Math.PI;
}
