using Hotspots.Tests.Api;
using Microsoft.Playwright;
using static Hotspots.Tests.Map.MapPage;

namespace Hotspots.Tests.Map;

public sealed class WorkspaceTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string MapBackground = "#dfe7ee";
    // Sample symbols that no other symbol covers at district scale.
    private const string Sexual = "#d62728", ChildCriminal = "#9467bd", NailBar = "#fb9a99", Hmo = "#1f4e9c";

    [Fact]
    public async Task An_analyst_sees_incidents_places_and_areas_drawn_and_filters_by_exploitation_type()
    {
        var page = await app.SignedInPage("analyst.police");
        var map = page.Locator(".map");
        await Expect(page.Locator(".account")).ToContainTextAsync("Priya Shah (police analyst)");
        await Expect(page.Locator(".account")).ToContainTextAsync("Analyst · police");
        await Expect(page.Locator(".classification")).ToHaveTextAsync("OFFICIAL");
        Assert.Equal(SampleIncidents.Rows.Length.ToString(), await map.GetAttributeAsync("data-incidents-drawn"));
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "incidents shown" })).ToHaveTextAsync("6 incidents shown");
        // Places are off until asked for, so they do not hide the incidents.
        await page.Locator("[data-layer='premises']").CheckAsync();
        await page.Locator("[data-layer='riskBusinesses']").CheckAsync();
        await page.Locator(".map[data-layers-shown~='riskBusinesses']").WaitForAsync();

        var drawn = await Pixels.Count(app.Browser, await map.ScreenshotAsync(), MapBackground, Sexual, ChildCriminal, NailBar, Hmo);
        Assert.True(drawn.Distinct > 20, $"only {drawn.Distinct} colours: the map looks blank");
        Assert.True(drawn.NotBackground > 100_000, $"only {drawn.NotBackground} pixels differ from the background: areas not drawn");
        Assert.All(drawn.NearColours, n => Assert.True(n > 10, $"a sample symbol is missing: {string.Join(",", drawn.NearColours)}"));

        await page.Mouse.MoveAsync(640, 400);
        await Expect(page.Locator(".pointer-position")).ToContainTextAsync("BNG E 4");
        await Expect(page.Locator(".pointer-position")).ToContainTextAsync("SE ");

        await page.GetByLabel("Child criminal exploitation").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await Expect(map).ToHaveAttributeAsync("data-incidents-drawn", "2");
        await Expect(page.GetByText("2 incidents shown", new() { Exact = true })).ToBeVisibleAsync();

        await page.GetByLabel("Child criminal exploitation").UncheckAsync();
        await page.GetByLabel("From").FillAsync("2025-03-01");
        await page.GetByLabel("To").FillAsync("2025-05-31");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply" }).ClickAsync();
        await Expect(map).ToHaveAttributeAsync("data-incidents-drawn", "3");
        await Expect(page.GetByText("3 incidents shown", new() { Exact = true })).ToBeVisibleAsync();
        Assert.Empty(app.ConsoleErrors[page]);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Clicking_an_incident_shows_its_details()
    {
        var page = await app.SignedInPage("analyst.police");
        var (x, y) = await PagePixel(page, 414600, 416600);
        await page.Mouse.ClickAsync(x, y);
        var details = page.GetByRole(AriaRole.Complementary, new() { Name = "Details of the selected feature" });
        await Expect(details).ToContainTextAsync("Labour");
        await Expect(details).ToContainTextAsync("REF-3");
        await Expect(details).ToContainTextAsync("council");
        await Expect(details).ToContainTextAsync("E 414600 N 416600");

        (x, y) = await PagePixel(page, 412500, 414000);
        await page.Locator("[data-layer='riskBusinesses']").CheckAsync();
        await page.Locator(".map[data-layers-shown~='riskBusinesses']").WaitForAsync();
        await page.Mouse.ClickAsync(x, y);
        await Expect(details).ToContainTextAsync("Polished Nails");
        await Expect(details).ToContainTextAsync("Nail bar");
        Assert.Empty(app.ConsoleErrors[page]);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_partner_sees_only_counts_in_100_m_cells_where_an_analyst_sees_each_incident()
    {
        // The six sample incidents fall in five 100 m cells: two in one Dewsbury cell, the rest alone.
        var page = await app.SignedInPage("partner.health");
        var map = page.Locator(".map");
        await Expect(map).ToHaveAttributeAsync("data-incidents-drawn", "5");
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "incidents shown" }))
            .ToHaveTextAsync("0 incidents shown; 5 cells with fewer than 5 (withheld)");
        var (x, y) = await PagePixel(page, 424550, 421550);
        await page.Mouse.ClickAsync(x, y);
        var details = page.GetByRole(AriaRole.Complementary, new() { Name = "Details of the selected feature" });
        await Expect(details).ToContainTextAsync("Incidents in this 100 m cell: <5");
        await Expect(details).Not.ToContainTextAsync("REF-");
        Assert.Empty(app.ConsoleErrors[page]);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_wrong_password_shows_the_servers_reason()
    {
        var page = await app.NewPage();
        await page.GetByLabel("Username").FillAsync("analyst.council");
        await page.GetByLabel("Password").FillAsync("not-the-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("The username or password is wrong.");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_reload_keeps_the_user_signed_in_a_refused_token_and_signing_out_return_to_sign_in()
    {
        var page = await app.SignedInPage("partner.health");
        await page.ReloadAsync();
        await Expect(page.Locator(".account")).ToContainTextAsync("Dr Anna Kowalski (health)");
        await page.Locator(".map[data-map-ready='true']").WaitForAsync();

        await page.EvaluateAsync("""
            () => {
              const saved = JSON.parse(sessionStorage.getItem('hotspots.session'));
              sessionStorage.setItem('hotspots.session', JSON.stringify({ ...saved, Token: 'revoked' }));
            }
            """);
        await page.ReloadAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Your session has ended: please sign in again.");

        await page.GetByLabel("Username").FillAsync("partner.health");
        await page.GetByLabel("Password").FillAsync(Hotspots.Demo.DemoAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.Locator(".account")).ToContainTextAsync("Dr Anna Kowalski (health)");
        Assert.DoesNotContain(app.ConsoleErrors[page], e => e.Contains("Unhandled", StringComparison.OrdinalIgnoreCase));
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(page.GetByLabel("Username")).ToBeVisibleAsync();
        await page.ReloadAsync();
        await Expect(page.GetByLabel("Username")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
