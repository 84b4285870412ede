using Hotspots.Analysis;

namespace Hotspots.Tests.Analysis.Statistics;

public class MannKendallTests
{
    [Fact]
    public void Matches_the_spec_worked_values()
    {
        // Worked example of the analysis spec, by hand from the Mann–Kendall formulas: S, Var with tie correction,
        // Z = (S ∓ 1)/√Var, two-sided normal p.
        var result = MannKendall.Test([0.5, 1.2, 1.9, 1.7, 2.6, 3.1, 2.9, 3.8, 4.2, 4.0]);
        Assert.Equal(39, result.S);
        Assert.Equal(125, result.Variance, 12);
        Assert.Equal(3.398823, result.Z, 6);
        Assert.Equal(0.000677, result.P, 6);
    }

    [Fact]
    public void Ties_reduce_the_variance_and_a_falling_series_is_negative()
    {
        // Two pairs of ties: 18·Var = 5·4·15 − 2·(2·1·9) = 264.
        var result = MannKendall.Test([5, 4, 4, 3, 3]);
        Assert.Equal(-8, result.S);
        Assert.Equal(264 / 18.0, result.Variance, 12);
        Assert.Equal(-7 / Math.Sqrt(264 / 18.0), result.Z, 12);
    }
}
