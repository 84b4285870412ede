namespace Hotspots.Imports;

/// <summary>The British National Grid point of a feature: the point itself, or a point inside a building's outline.</summary>
public static class PointOf
{
    public static (double Easting, double Northing, string? Problem) Shape(SourceRow row)
    {
        if (row.ShapeProblem is { } problem || row.Shape is null) return (0, 0, row.ShapeProblem ?? "the feature has no geometry");
        var shape = row.Shape;
        var point = shape is NetTopologySuite.Geometries.Point p ? p : shape.InteriorPoint;
        if (point is null || point.IsEmpty) return (0, 0, "the geometry is empty");
        if (row.ShapeSrid == 27700)
            return Grid.ProblemWithEastingNorthing(point.X, point.Y) is { } outside ? (0, 0, outside) : (point.X, point.Y, null);
        if (Grid.ProblemWithLongitudeLatitude(point.X, point.Y) is { } notUk) return (0, 0, notUk);
        var (easting, northing) = Grid.FromLongitudeLatitude(point.X, point.Y);
        return (easting, northing, null);
    }
}
