using Hotspots.Analysis;
using Hotspots.Tests.Analysis.Clustering;

namespace Hotspots.Tests.Analysis.Grid;

public class HexagonGiStarTests
{
    [Theory]
    [InlineData(100.0, 101.0)]      // the six touching hexagons and itself
    [InlineData(100.0, 173.3)]      // and the second ring's six at √3 · 100 = 173.2 m
    [InlineData(60.0, 250.0)]
    public void The_band_is_measured_between_hexagon_centres(double spacing, double band)
    {
        var points = DbscanTests.ClusteredPoints(5, 2_000);
        var counts = HexagonCounts.Count(points, HexagonGrid.Covering(points, spacing));
        var result = HexagonGiStar.Compute(counts, band, fdr: false);
        // The reference: Gi* for values at locations, every pair's distance computed (GiStar.ZScores).
        var centres = new PointSet(result.Cells.Select(c => c.X).ToArray(), result.Cells.Select(c => c.Y).ToArray());
        var expected = GiStar.ZScores(centres, result.Cells.Select(c => c.Count).ToArray(), band);
        Assert.Equal(counts.Counts.Length, result.Cells.Length);
        for (int i = 0; i < expected.Length; i++) Assert.Equal(expected[i], result.Cells[i].Z, 9);
        Assert.Contains(result.Cells, c => c.Bin == 3);
    }

    [Fact]
    public void A_band_shorter_than_the_spacing_is_refused()
    {
        var counts = HexagonCounts.Count(PointSet.Of((0, 0), (300, 0), (0, 300)), HexagonGrid.Covering(new Extent(0, 0, 300, 300), 100));
        var error = Assert.Throws<AnalysisInputException>(() => HexagonGiStar.Compute(counts, 99, false));
        Assert.Contains("smaller than the distance between hexagon centres", error.Message);
    }
}
