using Hotspots.Analysis;

namespace Hotspots.Tests.Analysis.Statistics;

public class NormalDistributionTests
{
    // Reference values of erfc from Abramowitz & Stegun / high-precision tables.
    [Theory]
    [InlineData(0.0, 1.0)]
    [InlineData(0.1, 0.88753708398171510)]
    [InlineData(0.5, 0.47950012218695346)]
    [InlineData(1.0, 0.15729920705028513)]
    [InlineData(2.0, 0.0046777349810472658)]
    [InlineData(3.0, 2.2090496998585441e-05)]
    [InlineData(5.0, 1.5374597944280349e-12)]
    [InlineData(10.0, 2.0884875837625448e-45)]
    [InlineData(-1.0, 1.8427007929497149)]
    public void Erfc_matches_tables_to_1e_15_relative(double x, double expected) =>
        Assert.True(Math.Abs(NormalDistribution.Erfc(x) - expected) <= 1e-15 * expected, $"{NormalDistribution.Erfc(x):R}");

    [Theory]
    [InlineData(1.959963984540054, 0.05)]
    [InlineData(2.5758293035489004, 0.01)]
    [InlineData(1.6448536269514722, 0.10)]
    public void Two_sided_p_at_the_critical_values(double z, double p)
    {
        Assert.Equal(p, NormalDistribution.TwoSidedP(z), 1e-14);
        Assert.Equal(p, NormalDistribution.TwoSidedP(-z), 1e-14);
    }

    [Fact]
    public void Cdf_is_symmetric() => Assert.Equal(1, NormalDistribution.Cdf(0.7) + NormalDistribution.Cdf(-0.7), 15);
}
