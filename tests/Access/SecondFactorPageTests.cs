using Hotspots.Access;
using Hotspots.Tests.Map;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hotspots.Tests.Access;

/// <summary>A person sets up their own authenticator from the QR code page, and sign-in then asks for its code.</summary>
public sealed class SecondFactorPageTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_user_enrols_an_authenticator_and_signs_in_with_its_code()
    {
        var page = await WideScreen.SignedIn(app, "partner.health");
        await page.GetByRole(AriaRole.Link, new() { Name = "Second factor" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Set up an authenticator app" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "QR code for your authenticator app" })).ToBeVisibleAsync();
        var secret = await page.GetByLabel("Key").InnerTextAsync();
        await WideScreen.Shot(page, "second-factor");

        await page.GetByLabel("Type the 6-digit code the app shows").FillAsync("000000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("The authenticator code is wrong or has expired.");
        Assert.False(await app.Scalar<bool>("SELECT totp_required FROM accounts WHERE username = 'partner.health'"));

        await page.GetByLabel("Type the 6-digit code the app shows").FillAsync(SecondFactor.Code(secret, DateTime.UtcNow));
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Your authenticator is set up: sign-in now asks for its code.");
        Assert.True(await app.Scalar<bool>("SELECT totp_required FROM accounts WHERE username = 'partner.health'"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        await page.GetByLabel("Username").FillAsync("partner.health");
        await page.GetByLabel("Password").FillAsync(Hotspots.Demo.DemoAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        // The code confirmed above has been used: the next one, 30 seconds on, is inside the drift window and new.
        await page.GetByLabel("Code from your authenticator app").FillAsync(SecondFactor.Code(secret, DateTime.UtcNow.AddSeconds(30)));
        await WideScreen.Shot(page, "sign-in-code");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page.GetByLabel("Signed in")).ToContainTextAsync("Dr Anna Kowalski (health)");
        Assert.Equal(1, await app.Scalar<long>("SELECT count(*) FROM audit_log WHERE action = 'enrol second factor' AND username = 'partner.health'"));
        Assert.Empty(WideScreen.Unexpected(app.ConsoleErrors[page]));
    }
}
