using NetTopologySuite.Geometries;

namespace Hotspots.Analysis;

/// <summary>
/// The cells Gi* counts in: <see cref="SquareGrid"/> (the analysis spec's grid) or <see cref="HexagonGrid"/>
/// (a separate, named option). Cell index = row · Cols + col.
/// </summary>
public interface ICellGrid
{
    /// <summary>"square" or "hexagon", as runs and commands name it.</summary>
    string Shape { get; }
    double CellSize { get; }
    int Cols { get; }
    int Rows { get; }
    double CellAreaKm2 { get; }
    (double X, double Y) Centre(int col, int row);
    /// <summary>The cell's outline, closed, anticlockwise from its lowest-left corner or southern vertex.</summary>
    Coordinate[] Outline(int col, int row);
    /// <summary>The cells that share an edge with (col, row), whether or not they are on the grid.</summary>
    IEnumerable<(int Col, int Row)> EdgeNeighbours(int col, int row);
}
