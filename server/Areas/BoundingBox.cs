namespace Hotspots.Areas;

public enum CoordinateSystem { Wgs84, BritishNationalGrid }

/// <summary>A map window; WGS84 degrees or British National Grid metres.</summary>
public sealed record BoundingBox(double MinX, double MinY, double MaxX, double MaxY, CoordinateSystem Crs)
{
    public int Srid => Crs == CoordinateSystem.Wgs84 ? 4326 : 27700;

    /// <summary>Why the box cannot be used, or null when it can.</summary>
    public string? Problem()
    {
        if (new[] { MinX, MinY, MaxX, MaxY }.Any(v => !double.IsFinite(v)))
            return "The bounding box has a coordinate that is not a number.";
        if (MinX >= MaxX || MinY >= MaxY)
            return $"The bounding box is inverted or empty: minX ({MinX}) must be below maxX ({MaxX}) and minY ({MinY}) below maxY ({MaxY}).";
        if (Crs == CoordinateSystem.Wgs84 && (MinX < -180 || MaxX > 180 || MinY < -90 || MaxY > 90))
            return "The WGS84 bounding box is out of range: longitude must be within ±180 and latitude within ±90.";
        if (Crs == CoordinateSystem.BritishNationalGrid && (MinX < -100000 || MaxX > 800000 || MinY < -100000 || MaxY > 1400000))
            return "The British National Grid bounding box is outside Great Britain (eastings 0–700 000 m, northings 0–1 300 000 m).";
        return null;
    }
}
