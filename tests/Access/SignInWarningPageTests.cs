using Hotspots.Tests.Map;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hotspots.Tests.Access;

/// <summary>Someone tried an account's password: its owner reads how many times, when and from where, on signing in.</summary>
public sealed class SignInWarningPageTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task The_owner_is_told_of_failed_sign_ins_since_their_last_and_can_dismiss_it()
    {
        var page = await WideScreen.Open(app);
        for (var i = 0; i < 3; i++)
        {
            await page.GetByLabel("Username").FillAsync("analyst.council");
            await page.GetByLabel("Password").FillAsync("not-my-password");
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("The username or password is wrong.");
        }
        await page.GetByLabel("Password").FillAsync(Hotspots.Demo.DemoAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();

        var warning = page.Locator(".sign-in-warning");
        await Expect(warning).ToContainTextAsync("3 failed sign-ins to your account since you last signed in");
        await Expect(warning).ToContainTextAsync("If that was not you, tell your administrator.");
        await WideScreen.Shot(page, "sign-in-warning");
        await warning.GetByRole(AriaRole.Button, new() { Name = "Dismiss" }).ClickAsync();
        await Expect(warning).ToHaveCountAsync(0);
        Assert.Empty(WideScreen.Unexpected(app.ConsoleErrors[page]));
    }
}
