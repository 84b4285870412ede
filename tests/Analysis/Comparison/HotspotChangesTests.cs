using System.Text.Json.Nodes;
using Hotspots.Analysis;

namespace Hotspots.Tests.Analysis.Comparison;

public sealed class HotspotChangesTests
{
    private static HotspotSummary Hotspot(int number, double cells) => new(number, 10, cells * 0.04, 3, "{}");

    [Theory]
    // earlier cells, later cells, overlap m², centroid shift m → change (200 m cells: 0.04 km² each)
    [InlineData(4, 6, 160000, 50, "Grew")]
    [InlineData(6, 4, 160000, 50, "Shrank")]
    [InlineData(4, 4, 160000, 0, "Unchanged")]
    [InlineData(4, 4, 40000, 200, "Moved")]
    [InlineData(4, 4, 1000, 0, "Gone")] // a sliver along a shared edge is no overlap
    public void A_hotspot_is_matched_to_the_later_one_it_overlaps_most(double earlierCells, double laterCells, double overlap, double shift, string expected)
    {
        var changes = HotspotChanges.Between([Hotspot(1, earlierCells)], [Hotspot(1, laterCells)], [new HotspotOverlap(1, 1, overlap, shift)], 200,
            new Dictionary<int, long> { [1] = 42 });
        Assert.Equal(Enum.Parse<HotspotChange>(expected), changes[0].Change);
        Assert.Equal(42, changes[0].SavedAreaId);
        if (expected == "Gone") Assert.Equal(HotspotChange.New, changes[1].Change);
        else Assert.Single(changes);
    }

    [Fact]
    public void Cells_are_matched_by_centre_across_runs_of_different_extent()
    {
        static string Cells(params (double X, double Y, int Bin)[] cells) => new JsonObject
        {
            ["type"] = "FeatureCollection",
            ["features"] = new JsonArray(cells.Select(c => (JsonNode)new JsonObject
            {
                ["type"] = "Feature",
                ["geometry"] = new JsonObject { ["type"] = "Point", ["coordinates"] = new JsonArray(0, 0) },
                ["properties"] = new JsonObject { ["x"] = c.X, ["y"] = c.Y, ["bin"] = c.Bin },
            }).ToArray()),
        }.ToJsonString();
        var changes = CellChanges.Between(Cells((100, 100, 3), (300, 100, 2), (500, 100, 1)), Cells((100.0000001, 100, 2), (500, 100, 2), (700, 100, -3)));
        Assert.Equal((1, 1, 1), (changes.NewlyHot, changes.NoLongerHot, changes.StayedHot));
        Assert.Contains("\"change\":\"NO_LONGER_HOT\"", changes.Cells);
    }
}
