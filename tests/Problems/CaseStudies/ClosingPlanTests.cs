using Hotspots.Tests.Api;
using Hotspots.Tests.Map;
using Microsoft.Playwright;

namespace Hotspots.Tests.Problems.CaseStudies;

/// <summary>Closing a plan on its page with the case-study fields, and finding it on /case-studies by what it was about.</summary>
public sealed class ClosingPlanTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private async Task<string> PlanAtAssessment(string title)
    {
        var areaId = await app.Scalar<long>("""
            INSERT INTO areas (name, kind, boundary) VALUES ('Leeds Road hotspot', 'hotspot',
                ST_Multi(ST_MakeEnvelope(416000, 417000, 417000, 418000, 27700))) RETURNING id
            """);
        using var chair = await app.SignedIn("chair.council");
        var groupId = (await chair.Data("mutation { createGroup(name: \"Leeds Road\", chair: \"chair.council\", members: [\"analyst.police\"]) { id } }"))
            ["createGroup"]!["id"]!.GetValue<string>();
        var id = (await chair.Data("mutation($groupId: ID!, $title: String!, $areaIds: [ID!]!) { createPlan(groupId: $groupId, title: $title, areaIds: $areaIds) { id } }",
            new { groupId, title, areaIds = new[] { areaId.ToString() } }))["createPlan"]!["id"]!.GetValue<string>();
        var version = 1;
        foreach (var status in new[] { "ANALYSE", "RESPOND", "ASSESS" })
            await chair.Data("mutation($id: ID!, $version: Int!, $status: PlanStatus!) { updatePlan(id: $id, version: $version, changes: { status: $status }) { id } }",
                new { id, version = version++, status });
        return id;
    }

    [Fact]
    public async Task A_plan_closed_with_its_case_study_fields_is_found_on_the_case_studies_page_by_sector()
    {
        var planId = await PlanAtAssessment("Hand car washes on Leeds Road");
        var page = await app.SignedInPage("chair.council");
        await page.GotoAsync($"{app.BaseAddress}/plans/{planId}");
        var caseStudy = page.GetByRole(AriaRole.Group, new() { Name = "Case study: how other groups will find this plan once closed" });
        await Expect(caseStudy).ToHaveCountAsync(0);
        await page.Locator("form.osara").GetByLabel("Status").SelectOptionAsync("CLOSED");
        await caseStudy.GetByLabel("Sector").SelectOptionAsync("HAND_CAR_WASH");
        await caseStudy.GetByLabel("Exploitation").SelectOptionAsync("LABOUR");
        await caseStudy.GetByLabel("Triangle side").SelectOptionAsync("PLACE");
        await caseStudy.GetByLabel("Outcome").SelectOptionAsync("REDUCED");
        await page.GetByLabel("Written assessment").FillAsync("Joint licensing visits closed two washes; labour reports fell.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save plan" }).ClickAsync();
        await Expect(page.GetByText("Closed · Medium priority · version 5")).ToBeVisibleAsync();
        await Expect(caseStudy.GetByLabel("Sector")).ToHaveValueAsync("HAND_CAR_WASH");
        Assert.Equal("hand_car_wash labour place reduced", await app.Scalar<string>(
            "SELECT concat_ws(' ', sector, exploitation_type, triangle_side, outcome) FROM plans WHERE id = $1", long.Parse(planId)));

        await page.GotoAsync($"{app.BaseAddress}/case-studies");
        var filters = page.Locator("form.filters");
        await filters.GetByLabel("Sector").SelectOptionAsync("NAIL_BAR");
        await filters.GetByRole(AriaRole.Button, new() { Name = "Find" }).ClickAsync();
        await Expect(page.GetByText("No closed plan matches.")).ToBeVisibleAsync();
        await filters.GetByLabel("Sector").SelectOptionAsync("HAND_CAR_WASH");
        await filters.GetByRole(AriaRole.Button, new() { Name = "Find" }).ClickAsync();
        var study = page.Locator("article.case-study").Filter(new() { HasText = "Hand car washes on Leeds Road" });
        await Expect(study).ToContainTextAsync("Hand car wash · Labour · Place · Reduced");
        await Expect(study).ToContainTextAsync("Joint licensing visits closed two washes");
        Assert.Empty(app.ConsoleErrors[page]);
        await page.Context.CloseAsync();
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
