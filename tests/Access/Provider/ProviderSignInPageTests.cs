using Hotspots.Tests.Map;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hotspots.Tests.Access.Provider;

/// <summary>Signing in with the partnership's provider in the browser, and being someone a chair can add to a group straight after.</summary>
public sealed class ProviderSignInPageTests(ProviderApp app) : IClassFixture<ProviderApp>
{
    [Fact]
    public async Task A_user_signs_in_with_the_provider_and_a_chair_then_finds_them_in_the_member_picker()
    {
        app.Provider.Add(new ProviderPerson("sadia.hussain@knh.example", "Sadia Hussain", ["all-staff", "kmsp-partners"], "housing"));
        app.Provider.Add(new ProviderPerson("mark.ellis@kirklees.example", "Mark Ellis", ["kmsp-chairs"], "council"));

        var sadia = await WideScreen.Open(app);
        await Expect(sadia.GetByRole(AriaRole.Link, new() { Name = "Sign in with Kirklees Council" })).ToBeVisibleAsync();
        await Expect(sadia.GetByLabel("Username")).ToHaveCountAsync(0);
        await WideScreen.Shot(sadia, "sign-in-provider");
        await SignInAtProvider(sadia, "sadia.hussain@knh.example");
        await Expect(sadia.GetByLabel("Signed in")).ToContainTextAsync("Sadia Hussain");
        await Expect(sadia.GetByLabel("Signed in")).ToContainTextAsync("housing");
        await sadia.Locator(".map[data-map-ready='true']").WaitForAsync(new() { Timeout = 60_000 });
        // The page holds the workspace's token, not a URL with one in it.
        Assert.Equal(app.BaseAddress + "/", sadia.Url);
        Assert.Empty(WideScreen.Unexpected(app.ConsoleErrors[sadia]));

        var mark = await WideScreen.Open(app);
        await SignInAtProvider(mark, "mark.ellis@kirklees.example");
        await Expect(mark.GetByLabel("Signed in")).ToContainTextAsync("Mark Ellis");
        await mark.GetByRole(AriaRole.Link, new() { Name = "Groups", Exact = true }).ClickAsync();
        await mark.Locator("#group-name").FillAsync("Ravensthorpe lettings");
        var housing = mark.GetByRole(AriaRole.Group, new() { Name = "Members, by agency" }).GetByRole(AriaRole.Group, new() { Name = "Kirklees Neighbourhood Housing" });
        await housing.GetByLabel("Sadia Hussain").CheckAsync();
        await mark.GetByRole(AriaRole.Button, new() { Name = "Create group" }).ClickAsync();
        await Expect(mark.GetByRole(AriaRole.Status)).ToHaveTextAsync("Group Ravensthorpe lettings set up.");
        var group = mark.GetByRole(AriaRole.Region, new() { Name = "Ravensthorpe lettings" });
        await Expect(group.GetByRole(AriaRole.Cell, new() { Name = "Sadia Hussain", Exact = true })).ToBeVisibleAsync();
        await WideScreen.Shot(mark, "groups-provider-member");
        Assert.Equal(1, await app.Scalar<long>("""
            SELECT count(*) FROM group_members m JOIN problem_groups g ON g.id = m.group_id
            WHERE g.name = 'Ravensthorpe lettings' AND m.username = 'sadia.hussain@knh.example'
            """));
        Assert.Empty(WideScreen.Unexpected(app.ConsoleErrors[mark]));
    }

    [Fact]
    public async Task A_refused_sign_in_says_why_on_the_sign_in_page()
    {
        app.Provider.Add(new ProviderPerson("temp.worker@kirklees.example", "Temp Worker", ["all-staff"], "council"));
        var page = await WideScreen.Open(app);
        await SignInAtProvider(page, "temp.worker@kirklees.example");
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("None of temp.worker@kirklees.example's groups in the groups claim (all-staff) is mapped to a role here");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sign in with Kirklees Council" })).ToBeVisibleAsync();
        await WideScreen.Shot(page, "sign-in-provider-refused");
    }

    private static async Task SignInAtProvider(IPage page, string username)
    {
        // The first sign-in waits while the workspace reads the provider's discovery document and keys.
        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in with Kirklees Council" }).ClickAsync(new() { Timeout = 60_000 });
        await page.GetByLabel("Council username").FillAsync(username);
        await page.GetByLabel("Council password").FillAsync(PartnershipProvider.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Continue" }).ClickAsync();
    }
}
