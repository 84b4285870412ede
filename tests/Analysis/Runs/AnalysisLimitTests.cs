using Hotspots.Tests.Api;

namespace Hotspots.Tests.Analysis.Runs;

/// <summary>
/// Resource abuse: a kernel or distance band so wide that one run holds an analysis slot for minutes is refused before
/// any work, saying the limit and why; nothing is saved.
/// </summary>
public sealed class AnalysisLimitTests(AnalysisRunFixture app) : IClassFixture<AnalysisRunFixture>
{
    private async Task<string> Refusal(string request)
    {
        using var client = await app.SignedIn("analyst.police");
        var (_, body) = await client.Post($"mutation {{ runAnalysis(request: {request}) {{ id }} }}");
        return body.FirstError();
    }

    [Fact]
    public async Task A_kernel_radius_wider_than_the_limit_is_refused_saying_why()
    {
        var error = await Refusal("{ method: KERNEL_DENSITY, cellSize: 100, radius: 5001 }");
        Assert.Contains("at most 5000 m", error);
        Assert.Equal(0, await app.Scalar<long>("SELECT count(*) FROM analysis_runs"));
    }

    [Theory]
    [InlineData("SQUARE")]
    [InlineData("HEXAGON")]
    public async Task A_gi_star_band_of_more_than_30_cells_is_refused_saying_why(string grid)
    {
        var error = await Refusal($"{{ method: GI_STAR, grid: {grid}, cellSize: 100, distanceBand: 3100 }}");
        Assert.Contains("at most 30 cells", error);
    }

    [Fact]
    public async Task An_emerging_hot_spot_band_of_more_than_30_cells_is_refused_saying_why()
    {
        var error = await Refusal("{ method: EMERGING, cellSize: 100, distanceBand: 3100 }");
        Assert.Contains("at most 30 cells", error);
    }
}
