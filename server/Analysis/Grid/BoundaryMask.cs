using NetTopologySuite.Algorithm.Locate;
using NetTopologySuite.Geometries;

namespace Hotspots.Analysis;

/// <summary>Which cells of a grid are analysed: exactly those whose centre lies inside the boundary.</summary>
public static class BoundaryMask
{
    public static bool[] CellsInside(ICellGrid grid, Geometry boundary)
    {
        if (boundary is not (Polygon or MultiPolygon))
            throw new AnalysisInputException(
                $"The boundary must be a polygon or multipolygon, but it is a {boundary.GeometryType}.");
        var locator = new IndexedPointInAreaLocator(boundary);
        var inside = new bool[(long)grid.Cols * grid.Rows];
        for (int row = 0; row < grid.Rows; row++)
            for (int col = 0; col < grid.Cols; col++)
            {
                var (x, y) = grid.Centre(col, row);
                inside[row * grid.Cols + col] = locator.Locate(new Coordinate(x, y)) == Location.Interior;
            }
        return inside;
    }
}
