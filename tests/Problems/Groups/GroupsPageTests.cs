using Hotspots.Tests.Access;
using Hotspots.Tests.Map;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hotspots.Tests.Problems.Groups;

/// <summary>A chair sets up a group on the groups page, with members of other agencies, who then see its plans.</summary>
public sealed class GroupsPageTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_chair_creates_a_group_adds_a_member_from_another_agency_and_that_member_sees_the_plan()
    {
        var chair = await WideScreen.SignedIn(app, "chair.council");
        await chair.GetByRole(AriaRole.Link, new() { Name = "Groups", Exact = true }).ClickAsync();
        await chair.Locator("#group-name").FillAsync("Batley nail bars");
        await chair.GetByRole(AriaRole.Group, new() { Name = "Members, by agency" }).GetByLabel("Dr Anna Kowalski (health)").CheckAsync();
        await chair.GetByLabel("Grace Okafor (voluntary sector)").CheckAsync();
        await chair.GetByRole(AriaRole.Button, new() { Name = "Create group" }).ClickAsync();
        await Expect(chair.GetByRole(AriaRole.Status)).ToHaveTextAsync("Group Batley nail bars set up.");
        var group = chair.GetByRole(AriaRole.Region, new() { Name = "Batley nail bars" });
        await Expect(group.GetByRole(AriaRole.Cell, new() { Name = "Dr Anna Kowalski (health)", Exact = true })).ToBeVisibleAsync();
        await Expect(group.GetByRole(AriaRole.Cell, new() { Name = "Grace Okafor (voluntary sector)", Exact = true })).ToBeVisibleAsync();

        await group.GetByLabel("New member of Batley nail bars").SelectOptionAsync("partner.housing");
        await group.GetByRole(AriaRole.Button, new() { Name = "Add to Batley nail bars" }).ClickAsync();
        await Expect(chair.GetByRole(AriaRole.Status)).ToHaveTextAsync("Lee Barker (housing) added to Batley nail bars.");
        await Expect(group.GetByRole(AriaRole.Cell, new() { Name = "Kirklees Neighbourhood Housing", Exact = true })).ToBeVisibleAsync();
        await WideScreen.Shot(chair, "groups");
        Assert.Empty(app.ConsoleErrors[chair]);

        var groupId = await app.Scalar<long>("SELECT id FROM problem_groups WHERE name = 'Batley nail bars'");
        await app.Execute("INSERT INTO plans (group_id, title, created_by, updated_by) VALUES ($1, 'Nail bars on Commercial Street', 'chair.council', 'chair.council')", groupId);
        Assert.Equal(1, await app.Scalar<long>("SELECT count(*) FROM audit_log WHERE action = 'group member added' AND subject = $1", $"group:{groupId}"));

        var lee = await WideScreen.SignedIn(app, "partner.housing");
        await lee.GetByRole(AriaRole.Link, new() { Name = "Plans", Exact = true }).ClickAsync();
        await Expect(lee.GetByRole(AriaRole.Heading, new() { Name = "Batley nail bars" })).ToBeVisibleAsync();
        await Expect(lee.GetByRole(AriaRole.Link, new() { Name = "Nail bars on Commercial Street" })).ToBeVisibleAsync();

        await group.GetByRole(AriaRole.Button, new() { Name = "Remove Lee Barker (housing) from Batley nail bars" }).ClickAsync();
        await Expect(chair.GetByRole(AriaRole.Status)).ToHaveTextAsync("Lee Barker (housing) removed from Batley nail bars.");
        await lee.ReloadAsync();
        await lee.GetByRole(AriaRole.Link, new() { Name = "Plans", Exact = true }).ClickAsync();
        await Expect(lee.GetByText("You are not a member of any problem-solving group.")).ToBeVisibleAsync();

        // The chair hands over to Anna, whose open meeting screen hears of it without a reload.
        var anna = await WideScreen.SignedIn(app, "partner.health");
        await anna.GotoAsync($"{app.BaseAddress}/groups/{groupId}/meeting");
        await Expect(anna.Locator("main.meeting[data-live='true']")).ToBeVisibleAsync();
        await Expect(anna.GetByText("Chaired by Helen Firth (Safer Kirklees, chair)")).ToBeVisibleAsync();
        await group.GetByLabel("New chair of Batley nail bars").SelectOptionAsync("partner.health");
        await group.GetByRole(AriaRole.Button, new() { Name = "Hand over the chair" }).ClickAsync();
        await Expect(chair.GetByRole(AriaRole.Status)).ToHaveTextAsync("Dr Anna Kowalski (health) now chairs Batley nail bars.");
        await Expect(group.GetByRole(AriaRole.Button, new() { Name = "Hand over the chair" })).ToHaveCountAsync(0);
        await Expect(anna.GetByText("Chaired by Dr Anna Kowalski (health)")).ToBeVisibleAsync();
        await Expect(anna.Locator(".live-changes li").First).ToContainTextAsync("Helen Firth (Safer Kirklees, chair): Dr Anna Kowalski (health) now chairs the group");
        Assert.Equal(1, await app.Scalar<long>("SELECT count(*) FROM audit_log WHERE action = 'hand over group chair' AND subject = $1", $"group:{groupId}"));
    }
}
