using Hotspots.Tests.Api;
using Hotspots.Tests.Map;
using Microsoft.Playwright;

namespace Hotspots.Tests.Visits;

/// <summary>The planning form on a 1440×900 screen: a team picked by agency, a lead agency, a meeting point on the map, contacts and a linked plan.</summary>
public sealed class PlanningFormTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_planner_picks_the_team_by_agency_the_lead_agency_a_meeting_point_on_the_map_contacts_and_the_plan_it_serves()
    {
        using (var chair = await app.SignedIn("chair.council"))
        {
            var group = (await chair.Data("mutation { createGroup(name: \"Newsome partnership\", chair: \"chair.council\", members: [\"analyst.police\"]) { id } }"))["createGroup"]!["id"]!.GetValue<string>();
            var area = await app.Scalar<long>("INSERT INTO areas (name, kind, boundary) SELECT 'Newsome plan area', 'custom', boundary FROM areas WHERE kind = 'ward' AND name = 'Newsome' RETURNING id");
            using var analyst = await app.SignedIn("analyst.police");
            await analyst.Data("mutation($g: ID!, $a: [ID!]!) { createPlan(groupId: $g, title: \"Newsome car washes\", areaIds: $a) { id } }", new { g = group, a = new[] { area.ToString() } });
        }
        var page = await app.SignedInPage("analyst.police");
        await page.SetViewportSizeAsync(1440, 900);
        await page.GotoAsync($"{app.BaseAddress}/visits/new");
        await page.GetByLabel("Kind of area").SelectOptionAsync("WARD");
        await page.GetByLabel("Area", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Newsome" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Load targets" }).ClickAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Select Polished Nails" }).CheckAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Select 12 Market Street, Huddersfield" }).CheckAsync();
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Operation Heron");
        await page.GetByLabel("Lead agency").SelectOptionAsync(new SelectOptionValue { Label = "Gangmasters and Labour Abuse Authority" });
        await page.GetByLabel("Problem-solving plan").SelectOptionAsync(new SelectOptionValue { Label = "Newsome car washes" });

        // Each agency shows the powers of entry it brings; people are picked by name, not typed as usernames.
        var glaa = page.GetByRole(AriaRole.Group, new() { Name = "Gangmasters and Labour Abuse Authority" });
        await Expect(glaa).ToContainTextAsync("Powers of entry: Gangmasters (Licensing) Act 2004");
        await glaa.GetByRole(AriaRole.Checkbox, new() { Name = "Jo Patel (GLAA)", Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Sam Ward (council licensing)", Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Sam Ward (council licensing) is an NRM first responder" }).CheckAsync();

        var map = page.Locator(".meeting-point .map[data-map-ready='true'][data-route-drawn='2']");
        await map.WaitForAsync(new() { Timeout = 30_000 });
        await map.ClickAsync();
        await Expect(page.Locator(".meeting-point [role=status]")).ToContainTextAsync("The team meets at BNG E ");

        await page.GetByRole(AriaRole.Button, new() { Name = "Add a contact" }).ClickAsync();
        var contact = page.GetByRole(AriaRole.Group, new() { Name = "Contact 1" });
        await contact.GetByLabel("Role").SelectOptionAsync("INTERPRETER");
        await contact.GetByLabel("Name").FillAsync("Kirklees Interpreting");
        await contact.GetByLabel("Phone").FillAsync("01484 000000");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "hotspots-planning-form.png"), FullPage = true });
        await page.GetByRole(AriaRole.Button, new() { Name = "Plan the visit (2 targets)" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.List, new() { Name = "Route" }).GetByRole(AriaRole.Listitem)).ToHaveCountAsync(2);

        var visitId = page.Url.TrimEnd('/').Split('/')[^1];
        using var client = await app.SignedIn("analyst.police");
        var visit = (await client.Data("query($id: ID!) { visit(id: $id) { leadAgency planId meetingPoint team { username agency powersOfEntry nrmFirstResponder } contacts { kind name phone } } }",
            new { id = visitId }))["visit"]!;
        Assert.Equal("glaa", visit["leadAgency"]!.GetValue<string>());
        Assert.NotNull(visit["planId"]);
        Assert.Equal("Point", visit["meetingPoint"]!["type"]!.GetValue<string>());
        var team = visit["team"]!.AsArray().ToDictionary(m => m!["username"]!.GetValue<string>());
        Assert.Equal(["enforcement.council", "enforcement.glaa"], team.Keys.Order());
        Assert.True(team["enforcement.council"]!["nrmFirstResponder"]!.GetValue<bool>());
        Assert.False(team["enforcement.glaa"]!["nrmFirstResponder"]!.GetValue<bool>());
        Assert.StartsWith("Gangmasters (Licensing) Act 2004", team["enforcement.glaa"]!["powersOfEntry"]!.GetValue<string>());
        var contacts = visit["contacts"]!.AsArray();
        Assert.Equal("INTERPRETER|Kirklees Interpreting|01484 000000", string.Join("|", contacts[0]!["kind"], contacts[0]!["name"], contacts[0]!["phone"]));
        Assert.Empty(app.ConsoleErrors[page]);
        await page.Context.CloseAsync();
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
