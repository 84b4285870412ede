using Hotspots.Tests.Map;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hotspots.Tests.Access;

/// <summary>The administrator's people page in Chromium: an account made there signs in with its one-time code.</summary>
public sealed class PeoplePageTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task An_administrator_creates_an_account_and_that_person_signs_in_with_their_own_password()
    {
        var admin = await WideScreen.SignedIn(app, "admin.council");
        await admin.GetByRole(AriaRole.Link, new() { Name = "People" }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Cell, new() { Name = "Lee Barker (housing)", Exact = true })).ToBeVisibleAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "New account" }).ClickAsync();
        await admin.GetByLabel("Username").FillAsync("jo.bloggs");
        await admin.Locator("#person-name").FillAsync("Jo Bloggs (housing officer)");
        await admin.GetByLabel("Role").SelectOptionAsync("PARTNER");
        await admin.GetByLabel("Agency").SelectOptionAsync("housing");
        await admin.GetByLabel("E-mail").FillAsync("jo.bloggs@example.org");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        var code = admin.GetByRole(AriaRole.Region, new() { Name = "One-time code" }).Locator(".code");
        await Expect(code).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$"));
        await Expect(admin.GetByRole(AriaRole.Cell, new() { Name = "Jo Bloggs (housing officer)", Exact = true })).ToBeVisibleAsync();
        await WideScreen.Shot(admin, "people");
        var oneTimeCode = await code.InnerTextAsync();
        Assert.Empty(WideScreen.Unexpected(app.ConsoleErrors[admin]));

        var jo = await WideScreen.Open(app);
        await jo.GetByLabel("Username").FillAsync("jo.bloggs");
        await jo.GetByLabel("Password").FillAsync(oneTimeCode);
        await jo.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await jo.GetByLabel("New password (at least 12 characters)").FillAsync("short");
        await jo.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(jo.GetByRole(AriaRole.Alert)).ToHaveTextAsync("The new password needs at least 12 characters.");
        await jo.GetByLabel("New password (at least 12 characters)").FillAsync("correct horse battery");
        await WideScreen.Shot(jo, "first-sign-in");
        await jo.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(jo.GetByLabel("Signed in")).ToContainTextAsync("Jo Bloggs (housing officer)");
        await Expect(jo.GetByRole(AriaRole.Navigation, new() { Name = "Pages" })).Not.ToContainTextAsync("People");

        Assert.Equal(1, await app.Scalar<long>("SELECT count(*) FROM audit_log WHERE action = 'create account' AND subject = 'account:jo.bloggs' AND username = 'admin.council'"));
        Assert.Equal(1, await app.Scalar<long>("SELECT count(*) FROM audit_log WHERE action = 'change password' AND username = 'jo.bloggs'"));
        // The one-time code has done its work: it no longer signs in.
        using var again = app.Anonymous();
        var refused = await System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(again, "/auth/sign-in", new { username = "jo.bloggs", password = oneTimeCode });
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [Fact]
    public async Task A_deactivated_account_is_refused_at_sign_in_and_a_bad_username_is_explained()
    {
        var admin = await WideScreen.SignedIn(app, "admin.council");
        await admin.GetByRole(AriaRole.Link, new() { Name = "People" }).ClickAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "New account" }).ClickAsync();
        await admin.GetByLabel("Username").FillAsync("Not A Username");
        await admin.Locator("#person-name").FillAsync("Someone");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Create account" }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Alert)).ToContainTextAsync("\"Not A Username\" cannot be a username");

        await admin.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Deactivate partner.voluntary" }).ClickAsync();
        await Expect(admin.GetByRole(AriaRole.Status)).ToHaveTextAsync("Grace Okafor (voluntary sector) is deactivated.");
        Assert.False(await app.Scalar<bool>("SELECT active FROM accounts WHERE username = 'partner.voluntary'"));

        var grace = await WideScreen.Open(app);
        await grace.GetByLabel("Username").FillAsync("partner.voluntary");
        await grace.GetByLabel("Password").FillAsync(Hotspots.Demo.DemoAccounts.Password);
        await grace.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(grace.GetByRole(AriaRole.Alert)).ToHaveTextAsync("This account has been deactivated: ask an administrator.");
    }
}
