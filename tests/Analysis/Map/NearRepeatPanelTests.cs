using Hotspots.Tests.Map;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hotspots.Tests.Analysis.Map;

/// <summary>Near repeat from the analysis panel: the Knox table, distance bands down and time bands across, with what it used.</summary>
public sealed class NearRepeatPanelTests(AnalysisBrowserApp app) : IClassFixture<AnalysisBrowserApp>
{
    [Fact]
    public async Task An_analyst_runs_near_repeat_from_the_panel_and_reads_the_knox_table()
    {
        var page = await app.SignedInPage("analyst.police");
        await page.GetByText("Near repeat (Knox test)").ClickAsync();
        await page.GetByLabel("Distance bands, metres").FillAsync("0, 100, 250, 1000");
        await page.GetByLabel("Time bands, days").FillAsync("0, 7, 35, 70");
        await page.GetByRole(AriaRole.Button, new() { Name = "Run near repeat" }).ClickAsync();

        var table = page.GetByRole(AriaRole.Table, new() { Name = "Near repeat" });
        await Expect(table.Locator("tbody tr")).ToHaveCountAsync(3);
        await Expect(table.Locator("thead th")).ToHaveTextAsync(["Apart", "0–7 days", "7–35 days", "35–70 days"]);
        await Expect(table.Locator("tbody th").First).ToHaveTextAsync("0–100 m");
        // The fixture's 40 incidents within 240 m of each other, a month apart: pairs in the 35–70 day band nearby.
        var near = await table.Locator("tbody tr").Nth(1).Locator("td").Nth(2).GetAttributeAsync("title");
        Assert.Matches(@"^[1-9]\d* pairs, ", near!);
        await Expect(page.Locator(".near-repeat .explanation").First).ToContainTextAsync("incidents you see in full");
        await Expect(page.Locator(".near-repeat")).ToContainTextAsync("[a, b)");

        await page.GetByLabel("Time bands, days").FillAsync("0, seven");
        await page.GetByRole(AriaRole.Button, new() { Name = "Run near repeat" }).ClickAsync();
        await Expect(page.Locator(".near-repeat [role=alert]")).ToContainTextAsync("whole numbers");
        await page.GetByLabel("Time bands, days").FillAsync("7, 0");
        await page.GetByRole(AriaRole.Button, new() { Name = "Run near repeat" }).ClickAsync();
        await Expect(page.Locator(".near-repeat [role=alert]")).ToContainTextAsync("each larger than the one before");

        await page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "screenshots", "near-repeat.png") });
        Assert.Empty(app.ConsoleErrors[page]);
        await page.Context.CloseAsync();
    }
}
