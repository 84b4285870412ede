using Hotspots.Tests.Api;
using Hotspots.Tests.Map;
using Microsoft.Playwright;

namespace Hotspots.Tests.Analysis.Map;

/// <summary>A meeting reopens the run it discussed, compares it with a newer one, and reshapes a saved hotspot on the map.</summary>
public sealed class RunComparisonBrowserTests(AnalysisBrowserApp app) : IClassFixture<AnalysisBrowserApp>
{
    private const string MapBackground = "#dfe7ee", StayedHot = "#7a0177";

    private static async Task<string> GiStar(HttpClient client, string filter) =>
        (await client.Data($"mutation {{ runAnalysis(request: {{ method: GI_STAR, cellSize: 200, distanceBand: 600, filter: {filter} }}) {{ id }} }}"))["runAnalysis"]!["id"]!.GetValue<string>();

    [Fact]
    public async Task A_reopened_run_compared_with_a_newer_one_colours_cells_by_change_and_says_what_happened_to_its_hotspot()
    {
        using var police = await app.SignedIn("analyst.police");
        var earlier = await GiStar(police, "{ to: \"2025-04-01T00:00:00Z\" }");
        var later = await GiStar(police, "{}");
        var page = await app.SignedInPage("analyst.police");
        var map = page.Locator(".map");
        await page.Locator("[data-layer='incidents']").UncheckAsync();
        await Expect(page.GetByLabel("Compare with newer run")).ToHaveCountAsync(0);

        await page.GetByLabel("Run id").FillAsync(earlier);
        await page.GetByRole(AriaRole.Button, new() { Name = "Reopen" }).ClickAsync();
        await page.GetByLabel("Compare with newer run").FillAsync(later);
        await page.GetByRole(AriaRole.Button, new() { Name = "Compare", Exact = true }).ClickAsync();

        var legend = page.GetByLabel("Comparison legend");
        await Expect(legend).ToContainTextAsync($"Run {earlier} against run {later}");
        await Expect(legend).ToContainTextAsync(new System.Text.RegularExpressions.Regex("Stayed hot: [1-9][0-9]* cells"));
        await Expect(page.Locator(".comparison-summary").Filter(new() { HasTextRegex = new System.Text.RegularExpressions.Regex("^Hotspot 1 ") })).ToHaveCountAsync(1);
        await Expect(map).ToHaveAttributeAsync("data-comparison-drawn", new System.Text.RegularExpressions.Regex("^[1-9][0-9]*$"));
        var stayed = 0;
        for (var attempt = 0; attempt < 10 && stayed <= 50; attempt++)
        {
            if (attempt > 0) await page.WaitForTimeoutAsync(1000);
            stayed = (await Pixels.Count(app.Browser, await map.ScreenshotAsync(), MapBackground, StayedHot)).NearColours[0];
        }
        Assert.True(stayed > 50, $"{stayed} pixels of the stayed-hot colour on the map");

        await page.GetByRole(AriaRole.Button, new() { Name = "Stop comparing" }).ClickAsync();
        await Expect(map).ToHaveAttributeAsync("data-comparison-drawn", "0");
        Assert.Empty(app.ConsoleErrors[page]);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Dragging_a_corner_of_a_saved_hotspot_and_saving_reshapes_it_and_recounts_its_figures()
    {
        using var police = await app.SignedIn("analyst.police");
        var run = await GiStar(police, "{}");
        var id = long.Parse((await police.Data($"mutation {{ saveHotspot(runId: {run}, number: 1, name: \"Mill yard\") {{ id }} }}"))["saveHotspot"]!["id"]!.GetValue<string>());
        var corner = "ST_PointN(ST_ExteriorRing(ST_GeometryN(boundary, 1)), 1)";
        double x = await app.Scalar<double>($"SELECT ST_X({corner}) FROM areas WHERE id = $1", id), y = await app.Scalar<double>($"SELECT ST_Y({corner}) FROM areas WHERE id = $1", id);
        double cx = await app.Scalar<double>("SELECT ST_X(ST_Centroid(boundary)) FROM areas WHERE id = $1", id), cy = await app.Scalar<double>("SELECT ST_Y(ST_Centroid(boundary)) FROM areas WHERE id = $1", id);
        var before = await app.Scalar<double>("SELECT ST_Area(boundary) FROM areas WHERE id = $1", id);

        var page = await app.SignedInPage("analyst.police");
        await page.Locator("[data-layer='incidents']").UncheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "List saved hotspots" }).ClickAsync();
        var item = page.GetByLabel("Saved hotspot Mill yard");
        await item.GetByRole(AriaRole.Button, new() { Name = "Reshape on the map" }).ClickAsync();
        await Expect(page.Locator(".map")).ToHaveAttributeAsync("data-reshaping", "true");
        await Expect(item.GetByRole(AriaRole.Button, new() { Name = "Save shape" })).ToBeDisabledAsync();
        await page.WaitForTimeoutAsync(500);

        // Away from the centre, so the corner is pulled outwards and the hotspot grows.
        var (px, py) = await MapPage.PagePixel(page, x, y);
        var (qx, qy) = await MapPage.PagePixel(page, cx, cy);
        await page.Mouse.MoveAsync(px, py);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(px + 40 * Math.Sign(px - qx), py + 40 * Math.Sign(py - qy), new() { Steps = 8 });
        await page.Mouse.UpAsync();
        await item.GetByRole(AriaRole.Button, new() { Name = "Save shape" }).ClickAsync();
        await Expect(item.GetByRole(AriaRole.Button, new() { Name = "Save shape" })).ToHaveCountAsync(0);

        var after = await app.Scalar<double>("SELECT ST_Area(boundary) FROM areas WHERE id = $1", id);
        Assert.True(after > before, $"the dragged-out corner should enlarge the hotspot: {before:0} m² before, {after:0} m² after");
        await Expect(item.Locator(".figures")).ToContainTextAsync($"{after / 1e6:0.###} km²");
        await Expect(item.Locator(".figures")).ToContainTextAsync("PAI");
        Assert.Equal(1, await app.Scalar<long>("SELECT count(*) FROM audit_log WHERE action = 'reshape saved hotspot' AND subject = $1", $"area:{id}"));
        Assert.Empty(app.ConsoleErrors[page]);
        await page.Context.CloseAsync();
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
