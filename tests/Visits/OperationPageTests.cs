using Hotspots.Tests.Api;
using Hotspots.Tests.Map;
using Microsoft.Playwright;

namespace Hotspots.Tests.Visits;

/// <summary>The operation page in Chromium: the route on the map, changing the operation, and the outcome form on a phone.</summary>
public sealed class OperationPageTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private async Task<(string VisitId, string PlanId)> Operation(string name)
    {
        using var chair = await app.SignedIn("chair.council");
        var groupId = (await chair.Data("mutation($n: String!) { createGroup(name: $n, chair: \"chair.council\", members: [\"analyst.police\", \"enforcement.council\", \"partner.housing\"]) { id } }",
            new { n = name }))["createGroup"]!["id"]!.GetValue<string>();
        var ward = await app.Scalar<long>("SELECT id FROM areas WHERE kind = 'ward' AND name = 'Newsome'");
        var planArea = await app.Scalar<long>("INSERT INTO areas (name, kind, boundary) SELECT $1, 'custom', boundary FROM areas WHERE id = $2 RETURNING id", name, ward);
        using var analyst = await app.SignedIn("analyst.police");
        var planId = (await analyst.Data("mutation($g: ID!, $a: [ID!]!) { createPlan(groupId: $g, title: \"Newsome nail bars\", areaIds: $a) { id } }",
            new { g = groupId, a = new[] { planArea.ToString() } }))["createPlan"]!["id"]!.GetValue<string>();
        var nails = await app.Scalar<long>("SELECT id FROM risk_businesses WHERE name = 'Polished Nails'");
        var house = await app.Scalar<long>("SELECT id FROM premises WHERE address = '12 Market Street, Huddersfield'");
        var visit = await analyst.Data("mutation($plan: VisitPlanInput!) { planVisit(plan: $plan) { id } }", new
        {
            plan = new
            {
                name, plannedOn = "2026-12-03", leadAgency = "police", area = new { areaId = ward },
                team = new[] { new { username = "enforcement.council", agency = "council", nrmFirstResponder = true } },
                targets = new object[] { new { kind = "RISK_BUSINESS", placeId = nails }, new { kind = "PREMISES", placeId = house } },
            },
        });
        var visitId = visit["planVisit"]!["id"]!.GetValue<string>();
        await analyst.Data("mutation($id: ID!, $p: ID!) { updateVisit(id: $id, version: 1, changes: { planId: $p }) { id } }", new { id = visitId, p = planId });
        return (visitId, planId);
    }

    // A flat above a shop, and the shop next door: stops metres apart must still show each number on its own.
    [Fact]
    public async Task Stops_a_few_metres_apart_are_drawn_as_numbered_markers_that_do_not_overlap()
    {
        var house = await app.Scalar<long>("SELECT id FROM premises WHERE address = '12 Market Street, Huddersfield'");
        var neighbours = new List<long>();
        foreach (var (address, metres) in new[] { ("12a Market Street, Huddersfield", 6), ("14 Market Street, Huddersfield", 11) })
            neighbours.Add(await app.Scalar<long>("""
                INSERT INTO premises (address, use, location) SELECT $1, 'residential', ST_Translate(location, $2, 0) FROM premises WHERE id = $3 RETURNING id
                """, address, metres, house));
        var ward = await app.Scalar<long>("SELECT id FROM areas WHERE kind = 'ward' AND name = 'Newsome'");
        var nails = await app.Scalar<long>("SELECT id FROM risk_businesses WHERE name = 'Polished Nails'");
        using var analyst = await app.SignedIn("analyst.police");
        var visitId = (await analyst.Data("mutation($plan: VisitPlanInput!) { planVisit(plan: $plan) { id } }", new
        {
            plan = new
            {
                name = "Operation Wren", plannedOn = "2026-12-04", leadAgency = "police", area = new { areaId = ward },
                targets = new object[] { new { kind = "RISK_BUSINESS", placeId = nails }, new { kind = "PREMISES", placeId = house },
                    new { kind = "PREMISES", placeId = neighbours[0] }, new { kind = "PREMISES", placeId = neighbours[1] } },
            },
        }))["planVisit"]!["id"]!.GetValue<string>();
        var page = await app.SignedInPage("analyst.police");
        await page.SetViewportSizeAsync(1440, 900);
        await page.GotoAsync($"{app.BaseAddress}/visits/{visitId}");
        await page.Locator(".route-map .map[data-route-drawn='4'][data-map-ready='true']").WaitForAsync(new() { Timeout = 30_000 });
        var markers = await page.EvaluateAsync<Marker[]>("async () => (await import('./map/map.js')).stopMarkers(document.querySelector('.route-map .map'))");
        await page.Locator(".route-map").ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "hotspots-stop-markers.png") });
        Assert.Equal([1, 2, 3, 4], markers.Select(m => m.Position).Order());
        foreach (var a in markers)
            foreach (var b in markers.Where(b => b.Position > a.Position))
                Assert.False(a.Left < b.Right && b.Left < a.Right && a.Top < b.Bottom && b.Top < a.Bottom,
                    $"stops {a.Position} and {b.Position} overlap on screen: {a} and {b}");
        await page.Context.CloseAsync();
    }

    /// <summary>A stop marker's box on screen, as map.js stopMarkers gives it (Playwright fills it by its setters).</summary>
    private sealed class Marker
    {
        public int Position { get; set; }
        public double Left { get; set; }
        public double Top { get; set; }
        public double Right { get; set; }
        public double Bottom { get; set; }

        public override string ToString() => $"({Left:0}, {Top:0})–({Right:0}, {Bottom:0})";
    }

    [Fact]
    public async Task The_route_is_drawn_with_numbered_stops_and_a_planner_reorders_it_and_is_told_of_a_conflicting_change()
    {
        var (visitId, _) = await Operation("Operation Marsh");
        var page = await app.SignedInPage("analyst.police");
        await page.GotoAsync($"{app.BaseAddress}/visits/{visitId}");
        var map = page.Locator(".route-map .map[data-route-drawn='2'][data-map-ready='true']");
        await map.WaitForAsync(new() { Timeout = 30_000 });
        var drawn = await Pixels.Count(app.Browser, await page.Locator(".route-map").ScreenshotAsync(), "#dfe7ee", "#0b57d0");
        Assert.True(drawn.NearColours[0] > 100, $"the route line and stops should be drawn in blue ({drawn.NearColours[0]} pixels)");

        var route = page.GetByRole(AriaRole.List, new() { Name = "Route" });
        var first = await route.GetByRole(AriaRole.Listitem).First.Locator("strong").TextContentAsync();
        await route.GetByRole(AriaRole.Button, new() { Name = $"Move {first} later" }).ClickAsync();
        await Expect(route.GetByRole(AriaRole.Listitem).Nth(1).Locator("strong")).ToHaveTextAsync(first!);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Route (your order)" })).ToBeVisibleAsync();

        // Someone else changes the operation while the page is open: saving is refused and says who; nothing is lost.
        using var officer = await app.SignedIn("enforcement.council");
        await officer.Data("mutation($id: ID!) { updateVisit(id: $id, version: 3, changes: { theme: \"nail bars\" }) { id } }", new { id = visitId });
        await page.GetByText("Change the operation").ClickAsync();
        await page.GetByLabel("Theme").FillAsync("nail bars and car washes");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "changed after you opened it" })).ToContainTextAsync("enforcement.council (council) changed theme");
        await page.GetByRole(AriaRole.Button, new() { Name = "Reload the operation" }).ClickAsync();
        await Expect(page.GetByText("version 4")).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Theme")).ToHaveValueAsync("nail bars");

        // Powers of entry noted for someone through the API survive the team being edited on the page, and the
        // travel settings change from the same form.
        await officer.Data("mutation($id: ID!, $t: [TeamMemberInput!]!) { updateVisit(id: $id, version: 4, changes: { team: $t }) { id } }", new
        {
            id = visitId, t = new[] { new { username = "enforcement.council", agency = "council", powersOfEntry = "Housing Act 2004 s.239 notice served 1 Dec", nrmFirstResponder = true } },
        });
        await page.ReloadAsync();
        await page.GetByText("Change the operation").ClickAsync();
        await page.GetByLabel("Team, one per line").FillAsync("enforcement.council council nrm\nenforcement.glaa glaa");
        await page.Locator("form[aria-label='Change the operation']").GetByLabel("Travel").SelectOptionAsync("DRIVING");
        await page.GetByLabel("Minutes per visit").FillAsync("20");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Expect(page.GetByText("version 6")).ToBeVisibleAsync();
        Assert.Equal("Housing Act 2004 s.239 notice served 1 Dec", await app.Scalar<string>(
            $"SELECT powers_of_entry FROM visit_team WHERE visit_id = {visitId} AND username = 'enforcement.council'"));
        Assert.StartsWith("Gangmasters (Licensing) Act 2004", await app.Scalar<string>(
            $"SELECT powers_of_entry FROM visit_team WHERE visit_id = {visitId} AND username = 'enforcement.glaa'"));
        Assert.Equal("driving 30 20", await app.Scalar<string>($"SELECT travel_mode || ' ' || speed_kmh || ' ' || minutes_per_visit FROM visits WHERE id = {visitId}"));
        Assert.Empty(app.ConsoleErrors[page]);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task On_a_phone_the_outcome_form_records_consent_referrals_notices_advice_and_follow_ups_offline_and_the_map_shows_the_visit()
    {
        var (visitId, planId) = await Operation("Operation Kestrel");
        var phone = await app.SignedInPage("enforcement.council");
        await phone.SetViewportSizeAsync(390, 844);
        await phone.GotoAsync($"{app.BaseAddress}/visits/{visitId}");
        await phone.GetByRole(AriaRole.Button, new() { Name = "Record outcome at Polished Nails" }).ClickAsync();
        var form = phone.Locator("form.outcome");
        Assert.True((await form.BoundingBoxAsync())!.Width <= 390, "the form fits a phone's width");
        await form.GetByLabel("Isolation and control").CheckAsync();
        await form.GetByLabel("Adult", new() { Exact = true }).FillAsync("1");
        await form.GetByLabel("NRM referral: people who gave consent").FillAsync("1");
        await form.GetByLabel("Information sharing: people who refused").FillAsync("2");
        await form.GetByLabel("NRM", new() { Exact = true }).CheckAsync();
        await form.GetByLabel("NRM reference (optional: pending until known)").FillAsync("NRM-2026-0099");
        await form.GetByLabel("Duty to Notify", new() { Exact = true }).CheckAsync();
        await form.GetByLabel("HSE (health and safety)").CheckAsync();
        await form.GetByLabel("Advice and engagement given to the business").FillAsync("Explained right-to-work checks and payslips");
        await form.GetByRole(AriaRole.Button, new() { Name = "Add a follow-up action" }).ClickAsync();
        await form.GetByLabel("Follow-up 1: what").FillAsync("Inspect the flat above the salon");
        await form.GetByLabel("Follow-up 1: agency").FillAsync("housing");
        await form.GetByLabel("Follow-up 1: owner").FillAsync("partner.housing");

        await phone.Context.SetOfflineAsync(true);
        await form.GetByRole(AriaRole.Button, new() { Name = "Save outcome" }).ClickAsync();
        await Expect(form.GetByRole(AriaRole.Status)).ToHaveTextAsync("queued: waiting for signal");
        await phone.Context.SetOfflineAsync(false);
        await Expect(form.GetByRole(AriaRole.Status)).ToContainTextAsync("sent: outcome reference");
        Assert.Empty(app.ConsoleErrors[phone]);
        await phone.Context.CloseAsync();

        using var officer = await app.SignedIn("enforcement.council");
        var outcomes = (await officer.Data("""
            query($id: ID!) { visit(id: $id) { outcomes { consent { purpose given people } referrals { kind reference } notices advice followUps { actionId } } } }
            """, new { id = visitId }))["visit"]!["outcomes"]!.AsArray();
        var outcome = Assert.Single(outcomes)!;
        Assert.Equal(["NRM_REFERRAL True 1", "INFORMATION_SHARING False 2"],
            outcome["consent"]!.AsArray().Select(c => $"{c!["purpose"]} {c["given"]!.GetValue<bool>()} {c["people"]}"));
        Assert.Equal(["NRM NRM-2026-0099", "DUTY_TO_NOTIFY "], outcome["referrals"]!.AsArray().Select(r => $"{r!["kind"]} {r["reference"]}"));
        Assert.Equal("HSE", outcome["notices"]![0]!.GetValue<string>());
        Assert.NotNull(outcome["followUps"]![0]!["actionId"]);
        using var housing = await app.SignedIn("partner.housing");
        Assert.Contains((await housing.Data("{ myActions { what planId } }"))["myActions"]!.AsArray(),
            a => a!["what"]!.GetValue<string>() == "Inspect the flat above the salon" && a["planId"]!.GetValue<string>() == planId);

        // Written back: the planner's map rings the visited place, and it now ranks with the visit's outcome.
        var planner = await app.SignedInPage("analyst.police");
        await planner.Locator(".map[data-visited-drawn]:not([data-visited-drawn='0'])").WaitForAsync(new() { Timeout = 30_000 });
        await Expect(planner.Locator(".legend")).ToContainTextAsync("Referrals made");
        await planner.Context.CloseAsync();
    }

    [Fact]
    public async Task A_planner_follows_an_NRM_referral_from_a_visit_through_reasonable_and_conclusive_grounds()
    {
        var (visitId, _) = await Operation("Operation Lockwood");
        using var officer = await app.SignedIn("enforcement.council");
        var stop = (await officer.Data("query($id: ID!) { visit(id: $id) { route { target { id } } } }", new { id = visitId }))["visit"]!["route"]![0]!["target"]!["id"]!.GetValue<string>();
        await officer.Data("mutation($o: VisitOutcomeInput!) { recordVisitOutcome(outcome: $o) { id } }", new
        {
            o = new
            {
                idempotencyKey = Guid.NewGuid().ToString(), visitId, visitTargetId = stop, arrivedAt = "2026-11-02T10:00:00Z", leftAt = "2026-11-02T10:30:00Z",
                peopleSpokenTo = 2, victims = new[] { new { ageGroup = "ADULT", count = 1 } },
                referrals = new object[] { new { kind = "NRM", reference = "NRM-2026-0777" }, new { kind = "HOUSING" } },
            },
        });

        var page = await app.SignedInPage("analyst.police");
        await page.GetByRole(AriaRole.Link, new() { Name = "Visits", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "NRM referrals" }).ClickAsync();
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "NRM-2026-0777" });
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync("Operation Lockwood");
        await Expect(row.Locator(".stage")).ToHaveTextAsync("Awaiting reasonable grounds");

        await row.GetByLabel("Decided on for NRM-2026-0777").FillAsync("2026-11-12");
        await row.GetByRole(AriaRole.Button, new() { Name = "Record reasonable grounds for NRM-2026-0777" }).ClickAsync();
        await Expect(row.Locator(".stage")).ToHaveTextAsync("Awaiting conclusive grounds");
        await Expect(row).ToContainTextAsync("reasonable grounds positive on 2026-11-12");

        // A decision dated before the visit is refused with the reason, and the stage stays where it was.
        await row.GetByLabel("Decided on for NRM-2026-0777").FillAsync("2026-10-01");
        await row.GetByRole(AriaRole.Button, new() { Name = "Record conclusive grounds for NRM-2026-0777" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("before the visit");
        await Expect(row.Locator(".stage")).ToHaveTextAsync("Awaiting conclusive grounds");

        await row.GetByLabel("Conclusive grounds decision for NRM-2026-0777").SelectOptionAsync("NEGATIVE");
        await row.GetByLabel("Decided on for NRM-2026-0777").FillAsync("2026-11-20");
        await row.GetByRole(AriaRole.Button, new() { Name = "Record conclusive grounds for NRM-2026-0777" }).ClickAsync();
        await Expect(row.Locator(".stage")).ToHaveTextAsync("Conclusive grounds: negative");
        await Expect(row.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        Assert.Equal("positive negative 2026-11-20", await app.Scalar<string>(
            "SELECT reasonable_grounds || ' ' || conclusive_grounds || ' ' || conclusive_grounds_on FROM visit_referrals WHERE reference = 'NRM-2026-0777'"));
        Assert.Empty(app.ConsoleErrors[page]);
        await page.Context.CloseAsync();

        // Someone who may not see the operation is not shown its referral.
        using var glaa = await app.SignedIn("enforcement.glaa");
        Assert.DoesNotContain("NRM-2026-0777", (await glaa.Data("{ nrmReferrals { referral { reference } } }")).ToJsonString());
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
