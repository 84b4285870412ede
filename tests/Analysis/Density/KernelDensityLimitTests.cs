using System.Diagnostics;
using Hotspots.Analysis;

namespace Hotspots.Tests.Analysis.Density;

/// <summary>Resource abuse: a kernel density run that is given up stops at once, and an over-wide kernel is refused.</summary>
public class KernelDensityLimitTests
{
    [Fact]
    public async Task A_run_given_up_half_way_stops_within_moments_instead_of_holding_its_slot()
    {
        var random = new Random(5);
        var points = new PointSet(new double[20_000], new double[20_000]);
        for (int i = 0; i < points.Count; i++) { points.X[i] = random.NextDouble() * 10_000; points.Y[i] = random.NextDouble() * 10_000; }
        using var giveUp = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
        var clock = Stopwatch.StartNew();
        // About 10¹⁰ cell updates uncancelled: tens of seconds, so stopping within five shows the loop is listening.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Task.Run(() => KernelDensity.Compute(points, 4_000, 10, cancel: giveUp.Token)));
        Assert.InRange(clock.Elapsed.TotalSeconds, 0, 5);
    }

    [Fact]
    public void A_kernel_wider_than_5_km_is_refused_before_any_work() =>
        Assert.Contains("at most 5000 m", Assert.Throws<AnalysisInputException>(() => KernelDensity.Compute(PointSet.Of((0, 0), (10, 10)), 5_001, 1)).Message);
}
