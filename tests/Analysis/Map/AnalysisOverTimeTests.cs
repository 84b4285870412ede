using Hotspots.Tests.Map;
using Microsoft.Playwright;
using static Hotspots.Tests.Map.MapPage;

namespace Hotspots.Tests.Analysis.Map;

public sealed class AnalysisOverTimeTests(AnalysisBrowserApp app) : IClassFixture<AnalysisBrowserApp>
{
    [Fact]
    public async Task Emerging_hot_spots_draw_their_pattern_legend_and_a_clicked_cell_shows_its_trend_and_monthly_chart()
    {
        var page = await app.SignedInPage("analyst.police");
        var map = page.Locator(".map");
        await page.Locator("[data-layer='incidents']").UncheckAsync();
        var filters = page.GetByRole(AriaRole.Form, new() { Name = "Filter incidents" });
        await filters.GetByLabel("From").FillAsync("2025-01-01");
        await filters.GetByLabel("To").FillAsync("2025-06-30");
        await filters.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await page.GetByLabel("Method", new() { Exact = true }).SelectOptionAsync("EMERGING");
        await Expect(page.GetByLabel("Time step")).ToHaveValueAsync("MONTH");
        await page.GetByRole(AriaRole.Button, new() { Name = "Run analysis" }).ClickAsync();

        var legend = page.GetByLabel("Analysis legend");
        await Expect(legend).ToContainTextAsync("Emerging hot and cold spots");
        await Expect(legend).ToContainTextAsync("hot spot: ");
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Analysis result" })).ToContainTextAsync("over 6 months");
        await Expect(map).ToHaveAttributeAsync("data-analysis-drawn", new System.Text.RegularExpressions.Regex("^[1-9][0-9]*$"));

        await page.WaitForTimeoutAsync(500);
        var (x, y) = await PagePixel(page, AnalysisBrowserApp.ClusterEast, AnalysisBrowserApp.ClusterNorth);
        await page.Mouse.ClickAsync(x, y);
        var details = page.GetByRole(AriaRole.Region, new() { Name = "Emerging hot spot cell" });
        await Expect(details).ToContainTextAsync("Hot Spot", new() { IgnoreCase = true });
        await Expect(details).ToContainTextAsync("Trend z (Mann–Kendall)");
        // The chart runs from the filter's first month to its last: January to June.
        await Expect(details.Locator("svg rect.step, svg rect.withheld")).ToHaveCountAsync(6);
        await Expect(details.Locator("figcaption")).ToContainTextAsync("Incidents in this cell per month");
        Assert.Empty(app.ConsoleErrors[page]);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_gi_star_map_is_evaluated_against_a_period_with_PAI_RRI_and_the_parameters_used()
    {
        var page = await app.SignedInPage("analyst.police");
        await page.Locator("[data-layer='incidents']").UncheckAsync();
        await page.GetByLabel("Method", new() { Exact = true }).SelectOptionAsync("GI_STAR");
        await page.GetByRole(AriaRole.Button, new() { Name = "Run analysis" }).ClickAsync();
        var evaluation = page.GetByRole(AriaRole.Region, new() { Name = "Did the hotspots predict?" });
        await evaluation.GetByLabel("Later period from").FillAsync("2025-04-01");
        await evaluation.GetByLabel("to (not including)").FillAsync("2025-07-01");
        await evaluation.GetByRole(AriaRole.Button, new() { Name = "Evaluate" }).ClickAsync();
        await Expect(evaluation.Locator(".evaluation-result")).ToContainTextAsync("PAI");
        await Expect(evaluation).ToContainTextAsync("PAI = (n/N)/(a/A) =");
        await Expect(evaluation).ToContainTextAsync("RRI (Levine)");
        await evaluation.GetByText("Parameters used").ClickAsync();
        await Expect(evaluation).ToContainTextAsync("laterFrom");

        var save = page.Locator(".save-hotspot").First;
        await save.Locator("input").FillAsync("Cluster to rename");
        await save.GetByRole(AriaRole.Button, new() { Name = "Save as area" }).ClickAsync();
        await Expect(page.GetByText("Saved as the area “Cluster to rename”")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "List saved hotspots" }).ClickAsync();
        var list = page.GetByRole(AriaRole.Region, new() { Name = "Saved hotspots" });
        await Expect(list).ToContainTextAsync("Cluster to rename");
        var saved = list.Locator(".saved-hotspot", new() { HasText = "Cluster to rename" });
        await saved.GetByRole(AriaRole.Button, new() { Name = "Rename or describe" }).ClickAsync();
        // While it is edited the name is an input's value, not the item's text: one item is edited at a time.
        await list.GetByLabel("Name", new() { Exact = true }).FillAsync("Renamed cluster");
        await list.GetByLabel("Description").FillAsync("Car washes on the ring road");
        await list.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        var renamed = list.Locator(".saved-hotspot", new() { HasText = "Renamed cluster" });
        await Expect(renamed).ToContainTextAsync("Car washes on the ring road");
        await renamed.GetByRole(AriaRole.Button, new() { Name = "Trend" }).ClickAsync();
        await Expect(renamed.Locator("svg rect.step, svg rect.withheld")).ToHaveCountAsync(6);
        await renamed.GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();
        await Expect(renamed).ToHaveCountAsync(0);
        Assert.Empty(app.ConsoleErrors[page]);
        await page.Context.CloseAsync();
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
