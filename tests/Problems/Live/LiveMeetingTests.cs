using Hotspots.Tests.Api;
using Hotspots.Tests.Map;
using Microsoft.Playwright;

namespace Hotspots.Tests.Problems.Live;

/// <summary>Meeting mode in two Chromium contexts signed in as two agencies: each sees the other's change without reloading.</summary>
public sealed class LiveMeetingTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Group = "Dewsbury car washes";
    private const string Action = "Check the car wash's right-to-work records";

    private async Task MeetingWithAPlan()
    {
        var areaId = await app.Scalar<long>("""
            INSERT INTO areas (name, kind, boundary) VALUES ('Dewsbury ring road hotspot', 'hotspot',
                ST_Multi(ST_MakeEnvelope(424000, 421000, 425000, 422000, 27700))) RETURNING id
            """);
        using var chair = await app.SignedIn("chair.council");
        var groupId = (await chair.Data($"mutation {{ createGroup(name: \"{Group}\", chair: \"chair.council\", members: [\"analyst.police\", \"partner.health\"]) {{ id }} }}"))
            ["createGroup"]!["id"]!.GetValue<string>();
        using var police = await app.SignedIn("analyst.police");
        var planId = (await police.Data("mutation($groupId: ID!, $areaIds: [ID!]!) { createPlan(groupId: $groupId, title: \"Car washes on the ring road\", areaIds: $areaIds) { id } }",
            new { groupId, areaIds = new[] { areaId.ToString() } }))["createPlan"]!["id"]!.GetValue<string>();
        await police.Data($$"""
            mutation { assignAction(planId: {{planId}}, what: "{{Action}}", owningAgency: "health", owner: "partner.health",
                dueOn: "{{ProblemsFixture.Day(7)}}", objective: ENFORCEMENT_AND_DIVERSION) { id } }
            """);
        var pin = await app.Scalar<string>("SELECT ST_AsGeoJSON(ST_Transform(ST_SetSRID(ST_MakePoint(424500, 421500), 27700), 4326), 8)");
        await police.Data("mutation($planId: ID!, $pin: GeoJSON!) { annotate(planId: $planId, pin: $pin, text: \"Workers wait by the jet wash at 7am\") { id } }", new { planId, pin });
    }

    private async Task<IPage> InMeeting(string username)
    {
        var page = await app.SignedInPage(username);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Pages" }).GetByRole(AriaRole.Link, new() { Name = "Plans" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = $"Open meeting mode for {Group}" }).ClickAsync();
        await page.Locator("main.meeting[data-live='true']").WaitForAsync();
        // Set once here: if the page reloaded, the marker would be gone.
        await page.EvaluateAsync("window.sameDocument = true");
        return page;
    }

    [Fact]
    public async Task The_chair_s_action_change_and_a_partner_s_reply_reach_the_other_agency_s_screen_live()
    {
        await MeetingWithAPlan();
        var chair = await InMeeting("chair.council");
        var health = await InMeeting("partner.health");
        var statusOnHealth = health.GetByLabel($"Status of {Action}");
        await Expect(statusOnHealth).ToHaveValueAsync("OPEN");

        await chair.GetByLabel($"Status of {Action}").SelectOptionAsync("IN_PROGRESS");
        await Expect(statusOnHealth).ToHaveValueAsync("IN_PROGRESS");
        await Expect(health.Locator(".live-changes li").First).ToContainTextAsync("Helen Firth (Safer Kirklees, chair)");

        await health.GetByLabel("Reply to Priya Shah (police analyst)").FillAsync("Health visitor saw two of them at the walk-in centre");
        await health.GetByRole(AriaRole.Button, new() { Name = "Reply" }).ClickAsync();
        await Expect(chair.Locator("ul.annotations").GetByText("Health visitor saw two of them at the walk-in centre")).ToBeVisibleAsync();
        await Expect(chair.Locator(".live-changes li").First).ToContainTextAsync("Dr Anna Kowalski (health)");

        Assert.True(await chair.EvaluateAsync<bool>("window.sameDocument === true"));
        Assert.True(await health.EvaluateAsync<bool>("window.sameDocument === true"));
        Assert.Empty(app.ConsoleErrors[chair]);
        Assert.Empty(app.ConsoleErrors[health]);
        await chair.Context.CloseAsync();
        await health.Context.CloseAsync();
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
