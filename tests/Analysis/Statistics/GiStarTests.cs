using Hotspots.Analysis;

namespace Hotspots.Tests.Analysis.Statistics;

public class GiStarTests
{
    // Worked example of the analysis spec, by hand from the Getis-Ord Gi* formula with a fixed 15 m band, binary weights,
    // self included: the definition of ArcGIS Hot Spot Analysis and R spdep::localG (include.self, style "B").
    static readonly PointSet SpecLocations = PointSet.Of((10, 10), (20, 10), (40, 10), (15, 20), (30, 20), (30, 30));
    static readonly double[] SpecValues = [2, 3, 3.2, 5, 8, 7];

    [Fact]
    public void Z_scores_match_the_spec_worked_values()
    {
        double[] expected = [-1.39727626, -0.28917762, 0.65064964, -0.28917762, 1.23452088, 2.02424331];
        var z = GiStar.ZScores(SpecLocations, SpecValues, 15);
        for (int i = 0; i < expected.Length; i++) Assert.Equal(expected[i], z[i], 1e-6);
    }

    [Fact]
    public void Last_location_has_p_0_0429_and_bin_2_the_rest_bin_0()
    {
        var z = GiStar.ZScores(SpecLocations, SpecValues, 15);
        var p = z.Select(NormalDistribution.TwoSidedP).ToArray();
        Assert.Equal(0.0429, p[5], 4);
        Assert.Equal([0, 0, 0, 0, 0, 2], ConfidenceBins.Raw(z, p));
    }

    [Fact]
    public void Grid_computation_agrees_with_the_all_pairs_computation_on_cell_centres()
    {
        var counts = RandomCounts(12, 9, seed: 4);
        var result = GiStar.Compute(counts, 250, fdr: false);
        var centres = new PointSet(result.Cells.Select(c => c.X).ToArray(), result.Cells.Select(c => c.Y).ToArray());
        var expected = GiStar.ZScores(centres, result.Cells.Select(c => c.Count).ToArray(), 250);
        for (int i = 0; i < expected.Length; i++) Assert.Equal(expected[i], result.Cells[i].Z, 1e-10);
    }

    [Fact]
    public void Boundary_cells_outside_are_neither_reported_nor_neighbours()
    {
        var counts = RandomCounts(10, 10, seed: 5);
        var analysed = Enumerable.Range(0, 100).Select(i => i % 10 < 6).ToArray();
        var result = GiStar.Compute(counts with { Analysed = analysed }, 300, fdr: false);
        Assert.Equal(60, result.Cells.Length);
        Assert.All(result.Cells, c => Assert.True(c.Col < 6));
        var centres = new PointSet(result.Cells.Select(c => c.X).ToArray(), result.Cells.Select(c => c.Y).ToArray());
        var expected = GiStar.ZScores(centres, result.Cells.Select(c => c.Count).ToArray(), 300);
        for (int i = 0; i < expected.Length; i++) Assert.Equal(expected[i], result.Cells[i].Z, 1e-10);
    }

    [Theory]
    [InlineData(17.0, 0)]
    [InlineData(0.0, 3.5)]
    public void Adding_a_constant_or_scaling_the_counts_leaves_z_unchanged(double shift, double scale)
    {
        var counts = RandomCounts(15, 11, seed: 6);
        var baseline = GiStar.Compute(counts, 220, fdr: false);
        double factor = scale == 0 ? 1 : scale;
        var changed = counts with { Counts = counts.Counts.Select(c => c * factor + shift).ToArray() };
        var result = GiStar.Compute(changed, 220, fdr: false);
        Assert.Contains(baseline.Cells, c => Math.Abs(c.Z) > 1);
        for (int i = 0; i < baseline.Cells.Length; i++) Assert.Equal(baseline.Cells[i].Z, result.Cells[i].Z, 1e-9);
    }

    [Fact]
    public void Zero_variance_is_a_clear_error()
    {
        var grid = new SquareGrid(0, 0, 100, 5, 5);
        var counts = new GridCounts(grid, Enumerable.Repeat(2.0, 25).ToArray());
        var error = Assert.Throws<AnalysisInputException>(() => GiStar.Compute(counts, 200, false));
        Assert.Contains("zero variance", error.Message);
    }

    [Fact]
    public void A_band_smaller_than_the_cell_is_a_clear_error()
    {
        var error = Assert.Throws<AnalysisInputException>(() => GiStar.Compute(RandomCounts(5, 5, 1), 99, false));
        Assert.Contains("smaller than the cell size", error.Message);
    }

    [Fact]
    public void A_band_of_exactly_one_cell_takes_the_four_edge_neighbours()
    {
        var stencil = NeighbourStencil.For(200, 200);
        Assert.Equal(5, stencil.Length);
        Assert.Equal(81, NeighbourStencil.For(500, 100).Length);
    }

    internal static GridCounts RandomCounts(int cols, int rows, int seed)
    {
        var random = new Random(seed);
        var grid = new SquareGrid(1000, 2000, 100, cols, rows);
        var counts = new double[cols * rows];
        for (int i = 0; i < counts.Length; i++) counts[i] = random.Next(0, 6) + (i % cols < cols / 3 ? 4 : 0);
        return new GridCounts(grid, counts);
    }
}
