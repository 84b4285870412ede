using Hotspots.Analysis;
using Hotspots.Tests.Analysis.Clustering;

namespace Hotspots.Tests.Analysis.Optimised;

public class OptimisedHotSpotsTests
{
    [Fact]
    public void Chooses_cell_size_from_nearest_neighbour_distances_and_explains_every_step()
    {
        var points = DbscanTests.ClusteredPoints(7, 900);
        var result = OptimisedHotSpots.Analyse(points, boundary: null, leftOutRows: 2);
        var merged = WeightedLocations.Merge(points);
        Assert.True(result.GiStar.FalseDiscoveryRate);
        Assert.True(result.DistanceBand >= result.CellSize);
        Assert.Contains(result.GiStar.Cells, c => c.Bin >= 2);
        Assert.Contains(result.Explanation, line => line.StartsWith("900 incidents were read; 2 input rows"));
        Assert.Contains(result.Explanation, line => line.Contains("locational outliers"));
        // One count per run: the explanation states the incidents in the analysed cells, the run's N.
        Assert.Contains(result.Explanation, line => line.StartsWith($"{result.GiStar.Cells.Sum(c => c.Count):0} incidents lie in the analysed cells"));
        Assert.Contains(result.Explanation, line => line.StartsWith("Cell size "));
        Assert.Contains(result.Explanation, line => line.StartsWith("Distance band "));
        Assert.Contains(result.Explanation, line => line.Contains("false discovery rate"));
        Assert.Equal(900, merged.Incidents.Sum());
    }

    [Fact]
    public void Cell_size_follows_the_spec_rule()
    {
        // Nearest-neighbour distances 10 (×4 locations on a square) and 30: mean 14, median 10 → 14 · max(2, 1.4) = 28.
        var points = PointSet.Of((0, 0), (10, 0), (0, 10), (10, 10), (40, 0));
        var nn = NearestNeighbours.KthDistance(points, 1);
        Assert.Equal([10, 10, 10, 10, 30], nn);
        Assert.Equal(Math.Sqrt(200), NearestNeighbours.KthDistance(points, 3)[0], 12);
    }

    [Fact]
    public void Too_few_incidents_is_a_clear_error()
    {
        var error = Assert.Throws<AnalysisInputException>(() => OptimisedHotSpots.Analyse(DbscanTests.ClusteredPoints(1, 59), null, 0));
        Assert.Contains("at least 60 incidents", error.Message);
    }

    [Fact]
    public void Coincident_points_are_merged_with_their_count()
    {
        var merged = WeightedLocations.Merge(PointSet.Of((5, 5), (1, 1), (5, 5), (5, 5)));
        Assert.Equal([1.0, 5], merged.Locations.X);
        Assert.Equal([1, 3], merged.Incidents);
    }
}
