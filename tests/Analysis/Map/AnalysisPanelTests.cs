using System.Text.RegularExpressions;
using Hotspots.Tests.Map;
using Microsoft.Playwright;
using static Hotspots.Tests.Map.MapPage;

namespace Hotspots.Tests.Analysis.Map;

public sealed partial class AnalysisPanelTests(AnalysisBrowserApp app) : IClassFixture<AnalysisBrowserApp>
{
    private const string MapBackground = "#dfe7ee", HotSpot99 = "#b2182b";
    private const int Incidents = 106;

    [Fact]
    public async Task Gi_star_draws_hot_cells_with_a_legend_a_clicked_cell_shows_its_statistics_and_the_run_reopens_by_id()
    {
        var page = await app.SignedInPage("analyst.police");
        var map = page.Locator(".map");
        await page.Locator("[data-layer='incidents']").UncheckAsync();
        await page.GetByLabel("Method", new() { Exact = true }).SelectOptionAsync("GI_STAR");
        await Expect(page.GetByLabel("Cell size (m)")).ToHaveValueAsync("200");
        await Expect(page.GetByLabel("Distance band (m)")).ToHaveValueAsync("600");
        await page.GetByRole(AriaRole.Button, new() { Name = "Run analysis" }).ClickAsync();

        var result = page.GetByRole(AriaRole.Region, new() { Name = "Analysis result" });
        await Expect(result).ToContainTextAsync($"{Incidents} incidents analysed");
        await Expect(result).ToContainTextAsync("Getis-Ord Gi* on");
        await Expect(page.GetByLabel("Analysis legend")).ToContainTextAsync("Hot spot, 99 % confidence");
        await Expect(page.GetByLabel("Analysis legend")).ToContainTextAsync("Cold spot, 90 % confidence");
        await Expect(map).ToHaveAttributeAsync("data-analysis-drawn", Drawn());
        var cells = await map.GetAttributeAsync("data-analysis-drawn");
        Assert.True(await HotPixels(page) > 100, "no hot-spot red on the map");

        var (x, y) = await PagePixel(page, AnalysisBrowserApp.ClusterEast, AnalysisBrowserApp.ClusterNorth);
        await page.Mouse.ClickAsync(x, y);
        var details = page.GetByRole(AriaRole.Complementary, new() { Name = "Details of the selected feature" });
        await Expect(details).ToContainTextAsync("Hot spot, 99 % confidence");
        await Expect(details).ToContainTextAsync("z-score");
        await Expect(details).ToContainTextAsync("p-value");

        await page.GetByRole(AriaRole.Button, new() { Name = "Clear result" }).ClickAsync();
        await Expect(map).ToHaveAttributeAsync("data-analysis-drawn", "0");
        await Expect(page.GetByLabel("Analysis legend")).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new() { Name = "Reopen" }).ClickAsync();
        await Expect(map).ToHaveAttributeAsync("data-analysis-drawn", cells!);
        await Expect(result).ToContainTextAsync($"{Incidents} incidents analysed");

        var save = page.Locator(".save-hotspot").First;
        await save.Locator("input").FillAsync("Test cluster");
        await save.GetByRole(AriaRole.Button, new() { Name = "Save as area" }).ClickAsync();
        await Expect(page.GetByText("Saved as the area “Test cluster”")).ToBeVisibleAsync();
        Assert.Empty(app.ConsoleErrors[page]);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Kernel_density_draws_a_raster_with_a_legend_from_zero_to_the_maximum()
    {
        var page = await app.SignedInPage("analyst.police");
        var map = page.Locator(".map");
        await page.Locator("[data-layer='incidents']").UncheckAsync();
        var before = await Pixels.Count(app.Browser, await map.ScreenshotAsync(), MapBackground);
        await page.GetByLabel("Method", new() { Exact = true }).SelectOptionAsync("KERNEL_DENSITY");
        await Expect(page.GetByLabel("Search radius (m)")).ToHaveValueAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Run analysis" }).ClickAsync();

        await Expect(page.GetByLabel("Analysis legend")).ToContainTextAsync("Kernel density, incidents per km²");
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Analysis result" })).ToContainTextAsync("(the default rule)");
        await Expect(map).ToHaveAttributeAsync("data-analysis-drawn", Drawn());
        await page.WaitForTimeoutAsync(1000);
        var after = await Pixels.Count(app.Browser, await map.ScreenshotAsync(), MapBackground);
        Assert.True(after.Distinct > before.Distinct + 20, $"{before.Distinct} colours before, {after.Distinct} after: no density ramp drawn");
        Assert.Empty(app.ConsoleErrors[page]);
        await page.Context.CloseAsync();
    }

    /// <summary>The map draws after its data arrives: a few screenshots a second apart.</summary>
    private async Task<int> HotPixels(IPage page)
    {
        var hot = 0;
        for (var attempt = 0; attempt < 10 && hot <= 100; attempt++)
        {
            if (attempt > 0) await page.WaitForTimeoutAsync(1000);
            hot = (await Pixels.Count(app.Browser, await page.Locator(".map").ScreenshotAsync(), MapBackground, HotSpot99)).NearColours[0];
        }
        return hot;
    }

    [GeneratedRegex("^[1-9][0-9]*$")]
    private static partial Regex Drawn();

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
