using Hotspots.Analysis;

namespace Hotspots.Tests.Analysis.Evaluation;

public class NearRepeatTests
{
    [Fact]
    public void Bands_are_half_open_and_counted_per_pair()
    {
        // Pairs: A–B exactly 100 m, 7 days → [100, 110) m and [7, 14) days; A–C 50 m 0 days → [0, 100), [0, 7); B–C 111.8 m, beyond.
        var points = PointSet.Of((0, 0), (100, 0), (0, 50));
        DateOnly[] dates = [new(2024, 1, 1), new(2024, 1, 8), new(2024, 1, 1)];
        var result = NearRepeat.Knox(points, dates, [0, 100, 110], [0, 7, 14], permutations: 19);
        Assert.Equal(1, result.Observed[0, 0]);
        Assert.Equal(1, result.Observed[1, 1]);
        Assert.Equal(0, result.Observed[0, 1] + result.Observed[1, 0]);
        Assert.Contains("[a, b)", result.BandRule);
    }

    [Fact]
    public void Repeats_close_in_space_and_time_stand_out_from_shuffled_dates()
    {
        var random = new Random(5);
        int n = 300;
        var points = new PointSet(new double[n], new double[n]);
        var dates = new DateOnly[n];
        for (int i = 0; i < n; i += 2)
        {
            points.X[i] = random.NextDouble() * 10_000; points.Y[i] = random.NextDouble() * 10_000;
            dates[i] = new DateOnly(2024, 1, 1).AddDays(random.Next(365));
            points.X[i + 1] = points.X[i] + 30; points.Y[i + 1] = points.Y[i];
            dates[i + 1] = dates[i].AddDays(2);
        }
        var result = NearRepeat.Knox(points, dates, [0, 100, 1000], [0, 7, 30], permutations: 49);
        Assert.True(result.Ratio(0, 0) > 10);
        Assert.Equal(1.0 / 50, result.P[0, 0], 12);
    }
}
