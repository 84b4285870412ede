using Hotspots.Tests.Map;
using Microsoft.Playwright;

namespace Hotspots.Tests.Access;

/// <summary>The partnership's desk screens at 1440×900, as administrators and officers use them; screenshots go to /tmp/partnership-shots.</summary>
public static class WideScreen
{
    public static async Task<IPage> Open(BrowserApp app)
    {
        var context = await app.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1440, Height = 900 } });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };
        page.PageError += (_, error) => errors.Add(error);
        app.ConsoleErrors[page] = errors;
        await page.GotoAsync(app.BaseAddress + "/");
        return page;
    }

    public static async Task<IPage> SignedIn(BrowserApp app, string username)
    {
        var page = await Open(app);
        await page.GetByLabel("Username").FillAsync(username);
        await page.GetByLabel("Password").FillAsync(Hotspots.Demo.DemoAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.Locator(".map[data-map-ready='true']").WaitForAsync(new() { Timeout = 60_000 });
        return page;
    }

    /// <summary>Console errors but Chromium's note of each 401 a sign-in step answers (asking for a code is a 401).</summary>
    public static IEnumerable<string> Unexpected(IEnumerable<string> errors) => errors.Where(e => !e.Contains("status of 401"));

    public static async Task Shot(IPage page, string name)
    {
        Directory.CreateDirectory("/tmp/partnership-shots");
        await page.ScreenshotAsync(new() { Path = $"/tmp/partnership-shots/{name}.png" });
    }
}
