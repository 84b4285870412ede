using Hotspots.Analysis;

namespace Hotspots.Tests.Analysis.Statistics;

public class ConfidenceBinsTests
{
    // Worked example of the analysis spec, by hand: bins ±3/±2/±1 at p ≤ 0.01/0.05/0.10, and Benjamini–Hochberg
    // false discovery rate correction at the same levels (as ArcGIS's optimised tool).
    static readonly double[] P = [0.001, 0.008, 0.039, 0.041, 0.042, 0.06, 0.074, 0.205, 0.212, 0.216];
    static readonly double[] Z = [3.29, 2.65, 2.06, -2.04, 2.03, 1.88, -1.79, 1.27, -1.25, 1.24];

    [Fact]
    public void Raw_bins_match_the_spec() => Assert.Equal([3, 3, 2, -2, 2, 1, -1, 0, 0, 0], ConfidenceBins.Raw(Z, P));

    [Fact]
    public void False_discovery_rate_bins_match_the_spec() =>
        Assert.Equal([3, 2, 1, -1, 1, 1, 0, 0, 0, 0], ConfidenceBins.FalseDiscoveryRate(Z, P));

    [Fact]
    public void False_discovery_rate_does_not_depend_on_input_order()
    {
        int[] order = [9, 3, 0, 7, 5, 1, 8, 2, 6, 4];
        var bins = ConfidenceBins.FalseDiscoveryRate(order.Select(i => Z[i]).ToArray(), order.Select(i => P[i]).ToArray());
        Assert.Equal(order.Select(i => new[] { 3, 2, 1, -1, 1, 1, 0, 0, 0, 0 }[i]), bins);
    }
}
