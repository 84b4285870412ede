using Microsoft.Playwright;

namespace Hotspots.Tests.Map;

/// <summary>
/// Runs only against a server already serving the million demo incidents (bench/scale-benchmark.sh's data), named by
/// HOTSPOTS_MILLION_SERVER: loading a million rows takes a minute or more, too long for every run of the suite, so
/// <c>bench/million-zoom.sh</c> runs it beside the benchmarks. The same journey at demo scale is
/// <see cref="MapSymbologyTests.Zooming_from_the_district_to_a_street_asks_again_and_shows_each_incident"/>.
/// </summary>
public sealed class MillionServerFactAttribute : FactAttribute
{
    public static string? Server => Environment.GetEnvironmentVariable("HOTSPOTS_MILLION_SERVER");

    public MillionServerFactAttribute()
    {
        if (string.IsNullOrEmpty(Server))
            Skip = "Needs a server on the million demo incidents (HOTSPOTS_MILLION_SERVER, started by bench/million-zoom.sh).";
    }
}

public sealed class MillionZoomTests
{
    // Huddersfield centre, the densest part of the million (the window bench/single-user.sh pans), in British National Grid.
    private const double East = 414350, North = 416950;

    [MillionServerFact]
    public async Task An_analyst_zooms_from_the_district_to_a_street_and_sees_each_incident()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ["--no-sandbox", "--disable-gpu", "--enable-unsafe-swiftshader"],
        });
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 1440, Height = 900 } });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);
        await page.GotoAsync(MillionServerFactAttribute.Server!.TrimEnd('/') + "/");
        await page.GetByLabel("Username").FillAsync("analyst.police");
        await page.GetByLabel("Password").FillAsync(Hotspots.Demo.DemoAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        var map = page.Locator(".map[data-map-ready='true']");
        await map.WaitForAsync(new() { Timeout = 60_000 });

        // The district: a million records come as clusters.
        await Assertions.Expect(map).ToHaveAttributeAsync("data-incident-clusters-drawn", new System.Text.RegularExpressions.Regex("^[1-9]"),
            new() { Timeout = 60_000 });
        await Shot(page, "million-district");

        // A street, 800 × 500 m: the map asks again for the window and draws each incident, no cluster.
        await page.EvaluateAsync("async (box) => (await import('./map/map.js')).showWindow(document.querySelector('.map'), box)",
            new[] { East - 400, North - 250, East + 400, North + 250 });
        await Assertions.Expect(map).ToHaveAttributeAsync("data-incident-clusters-drawn", "0", new() { Timeout = 60_000 });
        var points = int.Parse((await map.GetAttributeAsync("data-incident-points-drawn"))!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(points, 1_000, 25_000);
        await Assertions.Expect(page.GetByText("incidents shown")).ToBeVisibleAsync();
        await Shot(page, "million-street");

        Assert.Empty(errors);
    }

    private static async Task Shot(IPage page, string name)
    {
        await page.WaitForTimeoutAsync(1500);
        var folder = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;
        await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png") });
    }
}
