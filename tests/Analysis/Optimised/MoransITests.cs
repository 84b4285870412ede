using Hotspots.Analysis;

namespace Hotspots.Tests.Analysis.Optimised;

public class MoransITests
{
    // An 8 × 6 grid of 100 m cells, counts (7·col + 3·row) mod 5, plus 4 in the three western columns.
    internal static GridCounts Pattern()
    {
        var grid = new SquareGrid(0, 0, 100, 8, 6);
        var counts = new double[48];
        for (int row = 0; row < 6; row++)
            for (int col = 0; col < 8; col++) counts[row * 8 + col] = (col * 7 + row * 3) % 5 + (col < 3 ? 4 : 0);
        return new GridCounts(grid, counts);
    }

    [Fact]
    public void Matches_spdep_moran_test_with_row_standardised_weights_and_randomisation()
    {
        // Source: R spdep 1.x, moran.test(x, nb2listw(dnearneigh(centres, 0, 250), style = "W"), randomisation = TRUE).
        var result = MoransI.Compute(Pattern(), 250);
        Assert.Equal(0.38237410071942446, result.I, 12);
        Assert.Equal(-0.02127659574468085, result.Expected, 12);
        Assert.Equal(0.00228105721764202, result.Variance, 12);
        Assert.Equal(8.45157435353807, result.Z, 9);
    }

    [Fact]
    public void Gi_star_matches_spdep_localG_with_include_self_style_B()
    {
        // Source: R spdep, localG(x, nb2listw(include.self(dnearneigh(centres, 0, 250)), style = "B")), first five cells.
        double[] expected = [3.0256992770445499, 2.4710867599771813, 1.5358163677883003, 0.0667746246864478, -1.4022671184154047];
        var result = GiStar.Compute(Pattern(), 250, fdr: false);
        for (int i = 0; i < expected.Length; i++) Assert.Equal(expected[i], result.Cells[i].Z, 10);
    }

    [Theory]
    [InlineData(new[] { 1.0, 2, 3, 2, 4, 5, 4 }, 2, true)]
    [InlineData(new[] { 1.0, 1.2, 1.1, 1.3, 1.0 }, 3, false)]
    [InlineData(new[] { 1.0, 2, 3, 4 }, null, false)]
    public void Peak_choice_takes_the_first_significant_peak_else_the_highest(double[] z, int? peak, bool significant) =>
        Assert.Equal((peak, significant), IncrementalAutocorrelation.ChoosePeak(z));
}
