using Hotspots.Tests.Map;
using Microsoft.Playwright;
using UglyToad.PdfPig;
using static Microsoft.Playwright.Assertions;

namespace Hotspots.Tests.Analysis.Map;

/// <summary>
/// The analyst's map leaves the workspace as a page: zoom to a hotspot, open the print layout, and the PDF the browser
/// makes of it carries the marking, the title, the run, its legend, scale and north arrow; the saved PNG carries the marking too.
/// </summary>
public sealed class PrintLayoutTests(AnalysisBrowserApp app) : IClassFixture<AnalysisBrowserApp>
{
    [Fact]
    public async Task An_analyst_zooms_to_a_hotspot_and_prints_it_to_a_pdf_with_its_marking_legend_and_scale()
    {
        var page = await app.SignedInPage("analyst.police");
        await page.GetByLabel("Method", new() { Exact = true }).SelectOptionAsync("GI_STAR");
        await page.GetByRole(AriaRole.Button, new() { Name = "Run analysis" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Region, new() { Name = "Analysis result" })).ToContainTextAsync("incidents analysed");
        var run = await page.GetByLabel("Run id").InputValueAsync();

        // Zoom to hotspot 1: the fixture's cluster comes to the middle of the map, at street scale.
        var table = page.GetByRole(AriaRole.Table, new() { Name = "Hotspots" });
        await table.GetByRole(AriaRole.Button, new() { Name = "Zoom to" }).First.ClickAsync();
        var map = await page.Locator(".map").BoundingBoxAsync();
        await Expect(page.Locator(".map")).ToHaveAttributeAsync("data-map-ready", "true");
        var (x, y) = await RetryUntilSettled(page, map!);
        Assert.InRange(x, map!.X + map.Width * .3, map.X + map.Width * .7);
        Assert.InRange(y, map.Y + map.Height * .3, map.Y + map.Height * .7);
        await Expect(page.Locator(".map .ol-scale-line-inner")).Not.ToContainTextAsync("km");

        var marking = await page.GetByRole(AriaRole.Note, new() { Name = "Highest classification in view" }).InnerTextAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Print layout" }).ClickAsync();
        var layout = page.GetByRole(AriaRole.Dialog, new() { Name = "Print layout" });
        await Expect(layout.GetByRole(AriaRole.Img, new() { Name = "The map as shown in the workspace" })).ToBeVisibleAsync();
        await layout.GetByLabel("Title").FillAsync("Hotspot 1 for the partnership meeting");
        await Expect(layout.GetByRole(AriaRole.Heading, new() { Name = "Hotspot 1 for the partnership meeting" })).ToBeVisibleAsync();
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, "print-layout.png") });

        // What the browser's "Save as PDF" gives: print media, A4 landscape.
        var pdfPath = Path.Combine(folder, "print-layout.pdf");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        var pdf = await page.PdfAsync(new() { Path = pdfPath, PreferCSSPageSize = true, PrintBackground = true });
        await page.EmulateMediaAsync(new() { Media = Media.Screen });
        using (var document = PdfDocument.Open(pdf))
        {
            Assert.Equal(1, document.NumberOfPages);
            var only = document.GetPage(1);
            Assert.True(only.Width > only.Height, $"the page is {only.Width} × {only.Height} points, not landscape");
            var text = only.Text;
            foreach (var expected in new[] { marking, "Hotspot 1 for the partnership meeting", $"run {run}", "Legend", "Gi* hot and cold spots", "Parameters", "N" })
                Assert.Contains(expected, text);
            Assert.Matches(@"\d+ k?m", text);
            Assert.DoesNotContain("Run analysis", text);
            Assert.NotEmpty(only.GetImages());
        }

        // The PNG to save: the map between two bands in the marking's colour, the hot spot's red in it.
        var download = await page.RunAndWaitForDownloadAsync(() => layout.GetByRole(AriaRole.Link, new() { Name = "Save map as PNG" }).ClickAsync());
        Assert.StartsWith(marking, download.SuggestedFilename);
        var png = await File.ReadAllBytesAsync(await download.PathAsync());
        var counts = await Pixels.Count(page.Context.Browser!, png, "#ffffff", marking == "OFFICIAL" ? "#2b5d34" : "#b3261e", "#b2182b");
        Assert.True(counts.NearColours[0] > 1000, $"{counts.NearColours[0]} pixels in the marking's colour");
        Assert.True(counts.NearColours[1] > 0, "no hot spot red in the picture");
        // The picture is made in the browser: the server's audit log still records that it left, with its title and run.
        Assert.Equal(1L, await app.Scalar<long>("SELECT count(*) FROM audit_log WHERE action = 'print map' AND username = 'analyst.police' " +
            "AND subject = $1 AND detail->>'output' = 'PNG' AND detail->>'title' = 'Hotspot 1 for the partnership meeting'", $"analysis:{run}"));

        await layout.GetByRole(AriaRole.Button, new() { Name = "Close" }).ClickAsync();
        await Expect(layout).ToHaveCountAsync(0);
        Assert.Empty(app.ConsoleErrors[page]);
        await page.Context.CloseAsync();
    }

    // The view animates to the hotspot; read the cluster's pixel once it stops moving.
    private static async Task<(float X, float Y)> RetryUntilSettled(IPage page, LocatorBoundingBoxResult map)
    {
        (float X, float Y) last = (float.NaN, float.NaN);
        for (var i = 0; i < 20; i++)
        {
            var now = await MapPage.PagePixel(page, AnalysisBrowserApp.ClusterEast, AnalysisBrowserApp.ClusterNorth);
            if (Math.Abs(now.X - last.X) < 1 && Math.Abs(now.Y - last.Y) < 1) return now;
            last = now;
            await page.WaitForTimeoutAsync(250);
        }
        return last;
    }
}
