using Hotspots.Tests.Api;
using Hotspots.Tests.Map;
using Microsoft.Playwright;

namespace Hotspots.Tests.Visits;

/// <summary>Planning an operation from ranked targets in Chromium, then recording an outcome on a phone that loses signal.</summary>
public sealed class VisitPagesTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task An_operation_planned_from_ranked_targets_shows_its_route_and_an_outcome_recorded_offline_is_stored_once()
    {
        var planner = await app.SignedInPage("analyst.police");
        await planner.GetByRole(AriaRole.Link, new() { Name = "Visits", Exact = true }).ClickAsync();
        await planner.GetByRole(AriaRole.Link, new() { Name = "Plan a visit" }).ClickAsync();
        await planner.GetByLabel("Kind of area").SelectOptionAsync("WARD");
        await planner.GetByLabel("Area", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Newsome" });
        await planner.GetByRole(AriaRole.Button, new() { Name = "Load targets" }).ClickAsync();
        await planner.GetByRole(AriaRole.Checkbox, new() { Name = "Select Polished Nails" }).CheckAsync();
        await planner.GetByRole(AriaRole.Checkbox, new() { Name = "Select 12 Market Street, Huddersfield" }).CheckAsync();
        await planner.Locator(".targets details summary").First.ClickAsync();
        await Expect(planner.Locator(".targets .terms").First).ToContainTextAsync("×");

        await planner.GetByLabel("Name", new() { Exact = true }).FillAsync("Operation Newsome");
        await planner.GetByRole(AriaRole.Checkbox, new() { Name = "Sam Ward (council licensing)", Exact = true }).CheckAsync();
        await planner.GetByRole(AriaRole.Button, new() { Name = "Plan the visit (2 targets)" }).ClickAsync();
        var route = planner.GetByRole(AriaRole.List, new() { Name = "Route" });
        await Expect(route.GetByRole(AriaRole.Listitem)).ToHaveCountAsync(2);
        await Expect(route).ToContainTextAsync("Polished Nails");
        await Expect(route).ToContainTextAsync("12 Market Street");
        await Expect(route).ToContainTextAsync("from the previous stop");
        var visitId = planner.Url.TrimEnd('/').Split('/')[^1];
        Assert.Empty(app.ConsoleErrors[planner]);
        await planner.Context.CloseAsync();

        var officer = await app.SignedInPage("enforcement.council");
        var pages = officer.GetByRole(AriaRole.Navigation, new() { Name = "Pages" });
        await Expect(pages).ToHaveTextAsync("TodayVisitsMy actionsMap");
        await pages.GetByRole(AriaRole.Link, new() { Name = "Visits" }).ClickAsync();
        await officer.GetByRole(AriaRole.Link, new() { Name = "Operation Newsome" }).ClickAsync();
        await officer.GetByRole(AriaRole.Button, new() { Name = "Record outcome" }).First.ClickAsync();
        var form = officer.Locator("form.outcome");
        await form.GetByLabel("No PPE").CheckAsync();
        await form.GetByLabel("Adult", new() { Exact = true }).FillAsync("1");

        await officer.Context.SetOfflineAsync(true);
        await form.GetByRole(AriaRole.Button, new() { Name = "Save outcome" }).ClickAsync();
        await Expect(form.GetByRole(AriaRole.Status)).ToHaveTextAsync("queued: waiting for signal");
        await AssertSealed(officer);
        await officer.Context.SetOfflineAsync(false);
        await Expect(form.GetByRole(AriaRole.Status)).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^sent: outcome reference \d+$"));

        using var client = await app.SignedIn("enforcement.council");
        var visit = await client.Data("query($id: ID!) { visit(id: $id) { outcomes { id indicators } } }", new { id = visitId });
        var outcomes = visit["visit"]!["outcomes"]!.AsArray();
        Assert.Single(outcomes);
        Assert.Equal("NO_PPE", outcomes[0]!["indicators"]![0]!.GetValue<string>());

        // Signing out with an outcome still queued warns, and deletes it from the device only when told to.
        await officer.Context.SetOfflineAsync(true);
        await officer.GetByRole(AriaRole.Button, new() { Name = "Record outcome" }).Nth(1).ClickAsync();
        var second = officer.Locator("form.outcome");
        await second.GetByLabel("No PPE").CheckAsync();
        await second.GetByRole(AriaRole.Button, new() { Name = "Save outcome" }).ClickAsync();
        await Expect(second.GetByRole(AriaRole.Status)).ToHaveTextAsync("queued: waiting for signal");
        await officer.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        var warning = officer.GetByRole(AriaRole.Alertdialog, new() { Name = "Unsent visit outcomes" });
        await Expect(warning).ToContainTextAsync("1 visit outcome recorded offline has not reached the server");
        await warning.GetByRole(AriaRole.Button, new() { Name = "Sign out and delete" }).ClickAsync();
        await Expect(officer.GetByLabel("Username")).ToBeVisibleAsync();
        Assert.Null(await officer.EvaluateAsync<string?>("localStorage.getItem('hotspots.outbox')"));
        await officer.Context.CloseAsync();
    }

    /// <summary>What waits in localStorage is ciphertext, and the key in IndexedDB cannot be exported.</summary>
    private static async Task AssertSealed(IPage page)
    {
        var stored = await page.EvaluateAsync<string>("localStorage.getItem('hotspots.outbox')");
        Assert.Contains("aesGcm", stored);
        foreach (var plain in new[] { "NO_PPE", "noPpe", "idempotencyKey", "visitId", "enforcement.council", "\"adults\"" })
            Assert.DoesNotContain(plain, stored, StringComparison.OrdinalIgnoreCase);
        var extractable = await page.EvaluateAsync<bool>("""
            () => new Promise((resolve, reject) => {
              const opening = indexedDB.open("hotspots-outbox");
              opening.onsuccess = () => {
                const get = opening.result.transaction("keys").objectStore("keys").get("outbox");
                get.onsuccess = () => resolve(get.result.extractable);
                get.onerror = () => reject(get.error);
              };
            })
            """);
        Assert.False(extractable);
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
