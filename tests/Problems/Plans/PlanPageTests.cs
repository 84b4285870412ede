using System.Text.Json.Nodes;
using Hotspots.Tests.Api;
using Hotspots.Tests.Map;
using Microsoft.Playwright;

namespace Hotspots.Tests.Problems.Plans;

/// <summary>The plan page in Chromium against a plan made over GraphQL: assigning an action, and an edit on a stale version.</summary>
public sealed class PlanPageTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private async Task<(string PlanId, string Title)> GroupWithPlan(string title)
    {
        var areaId = await app.Scalar<long>("""
            INSERT INTO areas (name, kind, boundary) VALUES ('Huddersfield centre hotspot', 'hotspot',
                ST_Multi(ST_MakeEnvelope(414000, 416000, 415000, 417000, 27700))) RETURNING id
            """);
        using var chair = await app.SignedIn("chair.council");
        var group = await chair.Data("mutation { createGroup(name: \"Huddersfield centre\", chair: \"chair.council\", members: [\"analyst.police\", \"partner.housing\"]) { id } }");
        using var police = await app.SignedIn("analyst.police");
        var plan = await police.Data("""
            mutation($groupId: ID!, $title: String!, $areaIds: [ID!]!) { createPlan(groupId: $groupId, title: $title, areaIds: $areaIds) { id } }
            """, new { groupId = group["createGroup"]!["id"]!.GetValue<string>(), title, areaIds = new[] { areaId.ToString() } });
        return (plan["createPlan"]!["id"]!.GetValue<string>(), title);
    }

    private static async Task OpenPlan(IPage page, string title)
    {
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Pages" }).GetByRole(AriaRole.Link, new() { Name = "Plans" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = title })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_member_creates_a_plan_on_a_saved_hotspot_from_the_plans_page()
    {
        await GroupWithPlan("Existing plan");
        var page = await app.SignedInPage("analyst.police");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Pages" }).GetByRole(AriaRole.Link, new() { Name = "Plans" }).ClickAsync();
        var form = page.GetByRole(AriaRole.Form).Filter(new() { HasText = "New plan" }).First;
        await form.GetByRole(AriaRole.Button, new() { Name = "Create plan" }).ClickAsync();
        await Expect(form.GetByRole(AriaRole.Alert)).ToContainTextAsync("Choose the area");
        await form.GetByLabel("New plan").FillAsync("Nail bars on King Street");
        await form.GetByLabel("Area").SelectOptionAsync(new SelectOptionValue { Label = "Huddersfield centre hotspot (Hotspot)" });
        await form.GetByRole(AriaRole.Button, new() { Name = "Create plan" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Nail bars on King Street" })).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_plan_made_over_GraphQL_shows_and_an_action_assigned_through_the_form_appears_in_its_table()
    {
        var (_, title) = await GroupWithPlan("Flats above shops");
        var page = await app.SignedInPage("analyst.police");
        await Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Pages" })).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^MapPlansMy actionsVisitsImportRecord requestsDue for review\d*$"));
        await OpenPlan(page, title);
        await Expect(page.GetByText("Scan · Medium priority")).ToBeVisibleAsync();

        var form = page.GetByRole(AriaRole.Form, new() { Name = "Assign action" });
        await form.GetByLabel("What").FillAsync("Visit the letting agent with licensing");
        await form.GetByLabel("Agency").SelectOptionAsync("housing");
        await form.GetByLabel("Owner").SelectOptionAsync("partner.housing");
        await form.GetByLabel("Due on").FillAsync(DateTime.Today.AddDays(-1).ToString("yyyy-MM-dd"));
        await form.GetByRole(AriaRole.Button, new() { Name = "Assign" }).ClickAsync();
        await Expect(form.GetByRole(AriaRole.Alert)).ToContainTextAsync("in the past");

        await form.GetByLabel("Due on").FillAsync(DateTime.Today.AddDays(10).ToString("yyyy-MM-dd"));
        await form.GetByRole(AriaRole.Button, new() { Name = "Assign" }).ClickAsync();
        var row = page.Locator(".actions-table tbody tr").Filter(new() { HasText = "Visit the letting agent with licensing" });
        // The owner by name, as the partnership knows them, not by username.
        await Expect(row).ToContainTextAsync("Lee Barker (housing)");
        await Expect(row.GetByLabel("Status of Visit the letting agent with licensing")).ToHaveValueAsync("OPEN");
        Assert.Empty(app.ConsoleErrors[page]);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Saving_over_someone_elses_change_shows_who_changed_what_and_loads_their_version()
    {
        var (planId, title) = await GroupWithPlan("Car washes on Leeds Road");
        var page = await app.SignedInPage("analyst.police");
        await OpenPlan(page, title);

        using var housing = await app.SignedIn("partner.housing");
        await housing.Data("mutation($id: ID!) { updatePlan(id: $id, version: 1, changes: { priority: HIGH }) { version } }", new { id = planId });

        await page.GetByLabel("Hypothesis").FillAsync("One agent houses the workers");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save plan" }).ClickAsync();
        var alert = page.GetByRole(AriaRole.Alert).First;
        await Expect(alert).ToContainTextAsync("partner.housing (housing) changed priority");
        await Expect(alert).ToContainTextAsync("Nothing was saved");
        await Expect(page.GetByLabel("Priority")).ToHaveValueAsync("HIGH");
        await Expect(page.GetByText("version 2, last changed by partner.housing")).ToBeVisibleAsync();
        Assert.Empty(app.ConsoleErrors[page]);
        await page.Context.CloseAsync();
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
