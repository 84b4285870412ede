using Hotspots.Tests.Api;
using Hotspots.Tests.Map;
using Microsoft.Playwright;

namespace Hotspots.Tests.Visits;

/// <summary>An enforcement officer's day on a 390×844 phone: landing, fitting the screen, and working without signal.</summary>
public sealed class OfficerPhoneTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private async Task<string> Operation(string name, int daysFromToday = 0)
    {
        using var analyst = await app.SignedIn("analyst.police");
        var ward = await app.Scalar<long>("SELECT id FROM areas WHERE kind = 'ward' AND name = 'Newsome'");
        var nails = await app.Scalar<long>("SELECT id FROM risk_businesses WHERE name = 'Polished Nails'");
        var house = await app.Scalar<long>("SELECT id FROM premises WHERE address = '12 Market Street, Huddersfield'");
        var visit = await analyst.Data("mutation($plan: VisitPlanInput!) { planVisit(plan: $plan) { id } }", new
        {
            plan = new
            {
                name, plannedOn = DateTime.Today.AddDays(daysFromToday).ToString("yyyy-MM-dd"), leadAgency = "police", area = new { areaId = ward },
                team = new[] { new { username = "enforcement.council", agency = "council", nrmFirstResponder = true } },
                targets = new object[] { new { kind = "RISK_BUSINESS", placeId = nails }, new { kind = "PREMISES", placeId = house } },
            },
        });
        return visit["planVisit"]!["id"]!.GetValue<string>();
    }

    private static async Task SignIn(IPage page, string username)
    {
        await page.GetByLabel("Username").FillAsync(username);
        await page.GetByLabel("Password").FillAsync(Hotspots.Demo.DemoAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    private static Task<int> PageWidth(IPage page) => page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");

    [Fact]
    public async Task Offline_an_officer_reloads_todays_operation_records_two_outcomes_closes_the_phone_and_both_arrive_once()
    {
        var visitId = await Operation("Operation Curlew");
        var profile = Directory.CreateTempSubdirectory("hotspots-phone-").FullName;
        var phone = await app.Phone(profile);
        var page = phone.Pages[0];
        // What the phone's console said, to read when the offline boot fails (xunit does not show Console output).
        var console = Path.Combine(Path.GetTempPath(), "hotspots-phone-console.log");
        File.WriteAllText(console, "");
        void Listen(IPage p)
        {
            p.Console += (_, m) => File.AppendAllText(console, $"{m.Type}: {m.Text}\n");
            p.PageError += (_, e) => File.AppendAllText(console, $"page error: {e}\n");
        }
        Listen(page);
        await page.GotoAsync(app.BaseAddress + "/");
        await SignIn(page, "enforcement.council");
        // Landing: today's operation, not the district map.
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Operation Curlew" })).ToBeVisibleAsync(new() { Timeout = 60_000 });
        Assert.EndsWith($"/visits/{visitId}", page.Url);
        // The service worker has kept the .NET runtime that booted this page, so it can boot again without signal.
        await page.WaitForFunctionAsync("""
            async () => navigator.serviceWorker.controller !== null
                && (await (await caches.open("hotspots-shell-v1")).keys()).some(r => r.url.includes("/_framework/dotnet.native"))
            """, null, new() { Timeout = 60_000, PollingInterval = 500 });

        await phone.SetOfflineAsync(true);
        await page.ReloadAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Operation Curlew" })).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Expect(page.Locator(".offline-banner")).ToContainTextAsync("Offline");
        foreach (var stop in new[] { "Polished Nails", "12 Market Street, Huddersfield" })
        {
            await page.GetByRole(AriaRole.Button, new() { Name = $"Record outcome at {stop}" }).ClickAsync();
            var form = page.Locator($"form[aria-label='Outcome at {stop}']");
            await form.GetByLabel("People spoken to").FillAsync("2");
            await form.GetByRole(AriaRole.Button, new() { Name = "Save outcome" }).ClickAsync();
            await Expect(form.GetByRole(AriaRole.Status)).ToHaveTextAsync("queued: waiting for signal");
        }
        var outbox = page.GetByRole(AriaRole.Region, new() { Name = "Outbox" });
        await Expect(outbox.GetByText("waiting for signal")).ToHaveCountAsync(2);
        Assert.True(await PageWidth(page) <= 390, $"the operation fits the phone ({await PageWidth(page)} px wide)");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "hotspots-officer-offline.png"), FullPage = true });
        // Counted while the phone is still offline: closing the context lifts Chromium's offline emulation a moment before
        // the page goes, and the outbox's 15-second retry may send in that moment (in a full run it once did). Whatever
        // is sent then is sent once: the idempotency key makes the resend below return the same outcome.
        Assert.Equal(0, await app.Scalar<long>($"SELECT count(*) FROM visit_outcomes o JOIN visit_targets t ON t.id = o.visit_target_id WHERE t.visit_id = {visitId}"));
        await phone.CloseAsync();

        // The phone is opened again, still without signal: the app opens from the service worker's cache.
        phone = await app.Phone(profile);
        page = phone.Pages[0];
        Listen(page);
        await phone.SetOfflineAsync(true);
        await page.GotoAsync(app.BaseAddress + "/");
        await Expect(page.GetByLabel("Username")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await phone.SetOfflineAsync(false);
        await SignIn(page, "enforcement.council");
        outbox = page.GetByRole(AriaRole.Region, new() { Name = "Outbox" });
        await Expect(outbox.GetByText("sent: outcome reference")).ToHaveCountAsync(2, new() { Timeout = 40_000 });
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "hotspots-officer-sent.png"), FullPage = true });
        Assert.Equal(2, await app.Scalar<long>($"SELECT count(*) FROM visit_outcomes o JOIN visit_targets t ON t.id = o.visit_target_id WHERE t.visit_id = {visitId}"));
        // Sent again (the 15 s retry, a second tab): the idempotency keys keep each outcome single.
        await page.ReloadAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Operation Curlew" })).ToBeVisibleAsync();
        Assert.Equal(2, await app.Scalar<long>($"SELECT count(*) FROM visit_outcomes o JOIN visit_targets t ON t.id = o.visit_target_id WHERE t.visit_id = {visitId}"));
        await phone.CloseAsync();
        Directory.Delete(profile, recursive: true);
    }

    [Fact]
    public async Task No_officer_page_scrolls_sideways_on_a_phone_and_sign_out_is_in_the_menu()
    {
        var visitId = await Operation("Operation Dunlin", daysFromToday: 1);
        var page = await app.SignedInPage("enforcement.council");
        await page.SetViewportSizeAsync(390, 844);
        foreach (var path in new[] { "today", "visits", $"visits/{visitId}", "actions", "" })
        {
            await page.GotoAsync($"{app.BaseAddress}/{path}");
            await page.Locator("main, .workspace").First.WaitForAsync();
            await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
            var width = await PageWidth(page);
            await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), $"hotspots-phone-{(path.Length == 0 ? "map" : path.Replace('/', '-'))}.png") });
            Assert.True(width <= 390, $"/{path} is {width} px wide on a 390 px phone");
        }
        var signOut = page.GetByRole(AriaRole.Button, new() { Name = "Sign out" });
        await Expect(signOut).ToBeHiddenAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Menu" }).ClickAsync();
        await Expect(signOut).ToBeInViewportAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "hotspots-phone-menu.png") });
        await signOut.ClickAsync();
        await Expect(page.GetByLabel("Username")).ToBeVisibleAsync();
        Assert.Empty(app.ConsoleErrors[page]);
        await page.Context.CloseAsync();
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
