using Hotspots.Analysis;

namespace Hotspots.Tests.Analysis.Grid;

/// <summary>
/// Points exactly on a hexagon's boundary go north, and on a vertical side east, like the square grid's floor
/// (HexagonGrid.CellOf). Hexagons 200 m apart from (0, 0): row spacing 173.205 m, side 115.470 m, odd rows 100 m east.
/// </summary>
public class HexagonTieRuleTests
{
    private static readonly HexagonGrid Grid = new(0, 0, 200, 20, 20);
    private static readonly double Side = 200 / Math.Sqrt(3);

    [Theory]
    [InlineData(4, 100.0, 1)]   // even row: the side between cols 0 and 1 is x = 100; the east cell, col 1
    [InlineData(5, 200.0, 1)]   // odd row: the side between cols 0 (centre 100) and 1 (centre 300) is x = 200
    [InlineData(6, 1100.0, 6)]
    [InlineData(7, 1200.0, 6)]
    public void A_point_on_a_vertical_side_goes_east(int row, double x, int eastCol)
    {
        var (_, centreY) = Grid.Centre(0, row);
        // Anywhere along the side, whole and tenth metres alike.
        foreach (var dy in new[] { -Side / 2 + 0.1, -20.0, -0.1, 0.0, 0.1, 30.0, Side / 2 - 0.1 })
            Assert.Equal((eastCol, row), Grid.CellOf(x, Math.Round(centreY + dy, 1)));
    }

    [Fact]
    public void Identical_eastings_on_sides_go_the_same_way_in_every_row()
    {
        // The report: the same x went east in one row and west in another.
        for (var row = 0; row < 20; row += 2)
        {
            var (_, y) = Grid.Centre(0, row);
            Assert.Equal(3, Grid.CellOf(500, Math.Round(y, 1)).Col);
        }
    }

    [Fact]
    public void A_corner_goes_north_then_east()
    {
        // The corners of even-row cell (2, 2), centre (400, 346.41): the top vertex is where the cell meets (1, 3) and
        // (2, 3) of the odd row above; it goes north, to the east one of them, (2, 3) (centre 500).
        var outline = Grid.Outline(2, 2);
        Assert.Equal((2, 3), Grid.CellOf(outline[3].X, outline[3].Y));      // top vertex (400, 461.9)
        Assert.Equal((2, 3), Grid.CellOf(outline[2].X, outline[2].Y));      // upper right (500, 404.1): (2, 2), (3, 2) and (2, 3) meet
        Assert.Equal((1, 3), Grid.CellOf(outline[4].X, outline[4].Y));      // upper left (300, 404.1): (1, 2), (2, 2) and (1, 3) meet
        Assert.Equal((2, 2), Grid.CellOf(outline[0].X, outline[0].Y));      // bottom vertex (400, 230.9): north, to (2, 2) itself
        Assert.Equal((3, 2), Grid.CellOf(outline[1].X, outline[1].Y));      // lower right (500, 288.7): north of (2, 1), east of (2, 2)
    }

    [Fact]
    public void A_point_on_a_slanted_side_goes_north()
    {
        // The middle of cell (2, 2)'s upper right side, shared with (2, 3) above.
        var outline = Grid.Outline(2, 2);
        double x = (outline[2].X + outline[3].X) / 2, y = (outline[2].Y + outline[3].Y) / 2;
        Assert.Equal((2, 3), Grid.CellOf(x, y));
        Assert.Equal((2, 2), Grid.CellOf(x, y - 0.01));
    }
}
