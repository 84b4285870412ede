using System.Text.RegularExpressions;
using Hotspots.Tests.Map;
using Microsoft.Playwright;
using static Hotspots.Tests.Map.MapPage;

namespace Hotspots.Tests.Analysis.Map;

/// <summary>The browser test: optimised mode in one click, with the 7-class legend, hot cells on the map and the explanation.</summary>
public sealed partial class OptimisedModeTests(AnalysisBrowserApp app) : IClassFixture<AnalysisBrowserApp>
{
    private const string MapBackground = "#dfe7ee";
    /// <summary>The significant classes (ColorBrewer RdBu), hot then cold; cold at 90 % (#d1e5f0) is too near the map's background to count.</summary>
    private static readonly string[] Significant = ["#b2182b", "#ef8a62", "#fddbc7", "#67a9cf", "#2166ac"];
    private static readonly string[] Classes = [.. new[] { 99, 95, 90 }.Select(c => $"Hot spot, {c} % confidence"), "Not significant",
        .. new[] { 90, 95, 99 }.Select(c => $"Cold spot, {c} % confidence")];

    [Fact]
    public async Task One_click_runs_optimised_mode_and_draws_coloured_hot_cells_with_a_seven_class_legend_and_the_reasons_in_plain_words()
    {
        var page = await app.SignedInPage("analyst.police");
        var map = page.Locator(".map");
        await page.Locator("[data-layer='incidents']").UncheckAsync();
        await Expect(page.GetByLabel("Method", new() { Exact = true })).ToHaveValueAsync("OPTIMISED");
        // Optimised mode chooses its own cell size, which may be a few pixels at district scale: zoom to the cluster and look there.
        var (x, y) = await PagePixel(page, AnalysisBrowserApp.ClusterEast, AnalysisBrowserApp.ClusterNorth);
        await page.Mouse.MoveAsync(x, y);
        for (var i = 0; i < 3; i++)
        {
            await page.Mouse.WheelAsync(0, -300);
            await page.WaitForTimeoutAsync(400);
        }
        await page.WaitForTimeoutAsync(1000);
        var before = await Pixels.Count(app.Browser, await map.ScreenshotAsync(), MapBackground, Significant);

        await page.GetByRole(AriaRole.Button, new() { Name = "Run analysis" }).ClickAsync();

        var legend = page.GetByLabel("Analysis legend");
        await Expect(legend.Locator("li .symbol:not(.outline)")).ToHaveCountAsync(7);
        foreach (var name in Classes) await Expect(legend).ToContainTextAsync(name);
        var result = page.GetByRole(AriaRole.Region, new() { Name = "Analysis result" });
        await Expect(result).ToContainTextAsync("Optimised hot spots");
        await Expect(result.Locator(".explanation").Filter(new() { HasText = "the mean nearest-neighbour distance is" })).ToHaveCountAsync(1);
        await Expect(result.Locator(".explanation").Filter(new() { HasText = "Benjamini–Hochberg false discovery rate" })).ToHaveCountAsync(1);
        await Expect(map).ToHaveAttributeAsync("data-analysis-drawn", Drawn());

        var coloured = 0;
        for (var attempt = 0; attempt < 10 && coloured <= before.NearColours.Sum() + 100; attempt++)
        {
            await page.WaitForTimeoutAsync(1000);
            coloured = (await Pixels.Count(app.Browser, await map.ScreenshotAsync(), MapBackground, Significant)).NearColours.Sum();
        }
        Assert.True(coloured > before.NearColours.Sum() + 100,
            $"{before.NearColours.Sum()} pixels in hot or cold spot colours before optimised mode, {coloured} after; it said: {await result.InnerTextAsync()}");
        Assert.Empty(app.ConsoleErrors[page]);
        await page.Context.CloseAsync();
    }

    [GeneratedRegex("^[1-9][0-9]*$")]
    private static partial Regex Drawn();

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
