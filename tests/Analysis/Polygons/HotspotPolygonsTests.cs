using Hotspots.Analysis;
using NetTopologySuite.IO;

namespace Hotspots.Tests.Analysis.Polygons;

public class HotspotPolygonsTests
{
    static GiStarResult Cells(params (int Col, int Row, int Bin, double Z, double Count)[] cells)
    {
        var grid = new SquareGrid(1000, 2000, 100, 10, 10);
        var all = cells.Select(c => new GiStarCell(c.Col, c.Row, grid.CentreX(c.Col), grid.CentreY(c.Row), c.Count, c.Z, 0.01, c.Bin)).ToArray();
        return new GiStarResult(grid, 200, false, 100, all);
    }

    [Fact]
    public void Edge_sharing_hot_cells_merge_into_one_polygon_with_its_figures()
    {
        var result = Cells((0, 0, 3, 3.1, 5), (1, 0, 2, 2.2, 4), (1, 1, 3, 3.4, 6), (5, 5, 1, 1.7, 2), (6, 6, 3, 2.9, 3), (9, 9, 0, 0.1, 1));
        var hotspots = HotspotPolygons.From(result, minimumBin: 2);
        Assert.Equal(2, hotspots.Count);
        var first = hotspots[0];
        Assert.Equal((1, 3, 15.0, 0.03, 3.4), (first.Id, first.Cells, first.Incidents, first.AreaKm2, first.PeakZ));
        var expected = new WKTReader().Read("POLYGON ((1000 2000, 1200 2000, 1200 2200, 1100 2200, 1100 2100, 1000 2100, 1000 2000))");
        Assert.True(first.Shape.EqualsTopologically(expected), first.Shape.AsText());
        Assert.Equal(30000, first.Shape.Area, 6);
        Assert.Equal(1, hotspots[1].Cells);
    }

    [Fact]
    public void Cells_touching_only_at_a_corner_stay_separate()
    {
        var hotspots = HotspotPolygons.From(Cells((2, 2, 3, 3, 1), (3, 3, 3, 4, 1)), minimumBin: 3);
        Assert.Equal(2, hotspots.Count);
        Assert.Equal(4, hotspots[0].PeakZ);
    }

    [Fact]
    public void A_ring_of_hot_cells_around_a_cold_one_keeps_the_cold_one_as_a_hole()
    {
        var ring = from col in new[] { 3, 4, 5 } from row in new[] { 3, 4, 5 } where (col, row) != (4, 4) select (col, row, 3, 3.0, 1.0);
        var hotspot = Assert.Single(HotspotPolygons.From(Cells(ring.ToArray()), minimumBin: 2));
        var shape = Assert.IsType<NetTopologySuite.Geometries.Polygon>(hotspot.Shape);
        Assert.Equal(1, shape.NumInteriorRings);
        Assert.Equal(80_000, shape.Area, 6);
        Assert.True(shape.IsValid);
    }

    [Fact]
    public void A_hexagon_and_its_six_neighbours_merge_into_one_hexagonal_flower()
    {
        var grid = new HexagonGrid(415_000.3, 420_000.7, 150, 10, 10);
        var flower = grid.EdgeNeighbours(4, 5).Append((4, 5))
            .Select(c => { var (x, y) = grid.Centre(c.Item1, c.Item2); return new GiStarCell(c.Item1, c.Item2, x, y, 3, 3.0, 0.001, 3); })
            .ToArray();
        var hotspot = Assert.Single(HotspotPolygons.From(new GiStarResult(grid, 300, false, 100, flower), minimumBin: 2));
        var shape = Assert.IsType<NetTopologySuite.Geometries.Polygon>(hotspot.Shape);
        Assert.Equal(0, shape.NumInteriorRings);
        Assert.Equal(18, shape.ExteriorRing.NumPoints - 1);   // the flower's outline: 3 outer corners on each of the 6 petals
        Assert.Equal(7 * grid.CellAreaKm2 * 1e6, shape.Area, 3);
        Assert.True(shape.IsValid);
    }
}
