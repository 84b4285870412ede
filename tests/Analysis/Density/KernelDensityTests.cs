using Hotspots.Analysis;

namespace Hotspots.Tests.Analysis.Density;

public class KernelDensityTests
{
    // Worked example of the analysis spec, by hand from its formulas: ArcGIS's default search radius (≥ 10.2.1),
    // 0.9 · min(SD, √(1/ln 2) · Dm) · n^−0.2, and the quartic kernel of Silverman (1986) eq. 4.5.
    static readonly PointSet Spec = PointSet.Of((0, 0), (100, 0), (0, 100), (100, 100), (50, 50), (400, 300));

    [Fact]
    public void Default_radius_matches_the_spec()
    {
        var radius = KernelRadius.Default(Spec);
        Assert.Equal(100.349024, radius.MedianDistance, 6);
        Assert.Equal(170.375403, radius.StandardDistance, 6);
        Assert.Equal(75.807589, radius.Radius, 6);
    }

    [Theory]
    [InlineData(100, 1.9098593e-4)]
    [InlineData(75.807589, 1.7739161e-4)]
    public void Quartic_density_at_50_50_matches_the_spec(double radius, double perSquareMetre) =>
        Assert.Equal(perSquareMetre, KernelDensity.At(Spec, radius, 50, 50), 11);

    [Fact]
    public void Raster_cell_centre_equals_the_single_location_density_in_km2()
    {
        var grid = new SquareGrid(0, 0, 100, 5, 4);
        var raster = KernelDensity.Compute(Spec, 120, grid);
        Assert.Equal(KernelDensity.At(Spec, 120, 50, 50) * 1e6, raster.PerKm2[0], 9);
        Assert.Equal(KernelDensity.At(Spec, 120, 350, 250) * 1e6, raster.PerKm2[2 * 5 + 3], 9);
    }

    [Fact]
    public void Surface_integrates_to_the_number_of_points_away_from_edges()
    {
        var random = new Random(11);
        var points = new PointSet(new double[3000], new double[3000]);
        for (int i = 0; i < 3000; i++) { points.X[i] = 2000 + random.NextDouble() * 3000; points.Y[i] = 1000 + random.NextDouble() * 2000; }
        var grid = new SquareGrid(0, 0, 50, 140, 100);
        var raster = KernelDensity.Compute(points, 400, grid);
        double total = raster.PerKm2.Sum() * grid.CellAreaKm2;
        Assert.InRange(total, 3000 * 0.99, 3000 * 1.01);
    }

    [Fact]
    public void Default_cell_is_the_shorter_side_over_250() =>
        Assert.Equal(300 / 250.0, KernelDensity.DefaultCellSize(Spec), 12);
}
