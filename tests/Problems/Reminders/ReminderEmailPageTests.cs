using Hotspots.Tests.Map;
using Microsoft.Playwright;

namespace Hotspots.Tests.Problems.Reminders;

/// <summary>The "E-mail me reminders" form on My actions in Chromium: an address kept across a reload, a bad one refused.</summary>
public sealed class ReminderEmailPageTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task An_owner_sets_their_reminder_address_sees_it_after_a_reload_and_a_bad_one_is_refused_with_the_old_one_kept()
    {
        var page = await app.SignedInPage("analyst.council");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Pages" }).GetByRole(AriaRole.Link, new() { Name = "My actions" }).ClickAsync();
        var form = page.GetByRole(AriaRole.Form, new() { Name = "E-mail me reminders" });
        await Expect(form).ToContainTextAsync("No reminder e-mails");

        await form.GetByLabel("E-mail address").FillAsync("analyst@kirklees.example");
        await form.GetByRole(AriaRole.Button, new() { Name = "Save address" }).ClickAsync();
        await Expect(form).ToContainTextAsync("Reminders go to analyst@kirklees.example once a day.");

        await page.ReloadAsync();
        await Expect(form).ToContainTextAsync("Reminders go to analyst@kirklees.example once a day.");
        await Expect(form.GetByLabel("E-mail address")).ToHaveValueAsync("analyst@kirklees.example");

        await form.GetByLabel("E-mail address").FillAsync("not-an-address");
        await form.GetByRole(AriaRole.Button, new() { Name = "Save address" }).ClickAsync();
        await Expect(form.GetByRole(AriaRole.Alert)).ToContainTextAsync("\"not-an-address\" is not an e-mail address");
        await Expect(form).ToContainTextAsync("Reminders go to analyst@kirklees.example once a day.");
        Assert.Equal("analyst@kirklees.example", await app.Scalar<string>("SELECT email FROM accounts WHERE username = 'analyst.council'"));

        await form.GetByLabel("E-mail address").FillAsync("");
        await form.GetByRole(AriaRole.Button, new() { Name = "Save address" }).ClickAsync();
        await Expect(form).ToContainTextAsync("No reminder e-mails");
        Assert.Equal(1L, await app.Scalar<long>("SELECT count(*) FROM accounts WHERE username = 'analyst.council' AND email IS NULL"));
        await page.Context.CloseAsync();
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
