using Hotspots.Analysis;
using Hotspots.Tests.Analysis.Clustering;

namespace Hotspots.Tests.Analysis.Grid;

public class HexagonGridTests
{
    // By hand, pointy-topped hexagons 100 m apart: rows 86.603 m apart, side 57.735 m, odd rows shifted east by 50 m.
    // Origin (0, 0) = floor(min / spacing) · spacing; cols = floor(250/100 + ½) + 1 = 4 (x = 250 in an even row would be on the
    // edge of cols 2 and 3), rows = floor((100 + 57.735)/86.603) + 1 = 2.
    [Theory]
    [InlineData(0, 0, 0, 0)]         // a centre
    [InlineData(49, 0, 0, 0)]        // 49 m from (0, 0), 51 m from (100, 0)
    [InlineData(51, 0, 1, 0)]
    [InlineData(0, 40, 0, 0)]        // below the top vertex (0, 57.7)
    [InlineData(30, 50, 0, 1)]       // above the edge y = 57.735 − 0.57735 x (40.4 here): 41.7 m from (50, 86.6), 58.3 m from (0, 0)
    [InlineData(50, 86.6, 0, 1)]     // odd row, col 0 is centred at x = 50
    [InlineData(250, 100, 2, 1)]     // centre (250, 86.6)
    public void A_point_falls_in_the_hexagon_with_the_nearest_centre(double x, double y, int col, int row)
    {
        var grid = HexagonGrid.Covering(new Extent(0, 0, 250, 100), 100);
        Assert.Equal((4, 2), (grid.Cols, grid.Rows));
        Assert.Equal((col, row), grid.CellOf(x, y));
    }

    [Fact]
    public void Counts_of_the_hand_example()
    {
        var points = PointSet.Of((0, 0), (49, 0), (51, 0), (0, 40), (30, 50), (50, 86.6), (250, 100));
        var counts = HexagonCounts.Count(points, HexagonGrid.Covering(points, 100));
        // Index = row · 4 + col: (0,0) 3, (1,0) 1, (0,1) 2, (2,1) 1.
        Assert.Equal([3, 1, 0, 0, 2, 0, 1, 0], counts.Counts);
    }

    [Theory]
    [InlineData(1, 37.0)]
    [InlineData(2, 100.0)]
    [InlineData(3, 250.0)]
    public void Every_point_falls_in_exactly_one_hexagon_and_it_is_the_nearest_centre(int seed, double spacing)
    {
        var points = DbscanTests.ClusteredPoints(seed, 3_000);
        var grid = HexagonGrid.Covering(points, spacing);
        var counts = HexagonCounts.Count(points, grid);
        Assert.Equal(points.Count, counts.Counts.Sum());
        for (int i = 0; i < points.Count; i++)
        {
            var (col, row) = grid.CellOf(points.X[i], points.Y[i]);
            var (cx, cy) = grid.Centre(col, row);
            double nearest = double.MaxValue;
            for (int r = Math.Max(0, row - 2); r <= Math.Min(grid.Rows - 1, row + 2); r++)
                for (int c = Math.Max(0, col - 2); c <= Math.Min(grid.Cols - 1, col + 2); c++)
                {
                    var (x, y) = grid.Centre(c, r);
                    nearest = Math.Min(nearest, Math.Pow(x - points.X[i], 2) + Math.Pow(y - points.Y[i], 2));
                }
            Assert.Equal(nearest, Math.Pow(cx - points.X[i], 2) + Math.Pow(cy - points.Y[i], 2), 6);
        }
    }

    [Fact]
    public void Neighbouring_hexagons_share_an_edge_so_hotspots_merge_into_one_polygon()
    {
        var grid = HexagonGrid.Covering(new Extent(0, 0, 1000, 1000), 100);
        var factory = new NetTopologySuite.Geometries.GeometryFactory();
        foreach (var (col, row) in new[] { (3, 4), (3, 5) })
        {
            var cell = factory.CreatePolygon(grid.Outline(col, row));
            Assert.Equal(grid.CellAreaKm2 * 1e6, cell.Area, 0.01);
            foreach (var (c, r) in grid.EdgeNeighbours(col, row))
                Assert.Equal(grid.CellSize / Math.Sqrt(3), cell.Intersection(factory.CreatePolygon(grid.Outline(c, r))).Length, 0.002);
        }
    }
}
