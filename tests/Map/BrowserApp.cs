using Hotspots.Tests.Api;
using Hotspots.Tests.Places;
using Microsoft.Playwright;

namespace Hotspots.Tests.Map;

/// <summary>The real server on Kestrel with sample rows, and one headless Debian Chromium for the test class.</summary>
public class BrowserApp : HotspotsApp
{
    protected override bool OnKestrel => true;
    private IPlaywright? playwright;
    public IBrowser Browser { get; private set; } = null!;
    private static readonly string[] ChromiumArgs = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--enable-unsafe-swiftshader"];

    /// <summary>What each page wrote to the browser console as an error, e.g. Blazor's unhandled exceptions.</summary>
    public Dictionary<IPage, List<string>> ConsoleErrors { get; } = [];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await SamplePlaces.Insert(this);
        await SampleIncidents.Insert(this);
        await InsertMore();
        // Blazor boots in a few seconds alone, but slower while the rest of the suite runs beside it.
        Assertions.SetDefaultExpectTimeout(20_000);
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>Rows a test class needs besides the sample places and incidents.</summary>
    protected virtual Task InsertMore() => Task.CompletedTask;

    /// <summary>A fresh page (own sessionStorage) at the workspace, sized like a laptop screen.</summary>
    public async Task<IPage> NewPage()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 800 } });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) => { if (message.Type == "error") errors.Add(message.Text); };
        page.PageError += (_, error) => errors.Add(error);
        ConsoleErrors[page] = errors;
        await page.GotoAsync(BaseAddress + "/");
        return page;
    }

    public async Task<IPage> SignedInPage(string username)
    {
        var page = await NewPage();
        await page.GetByLabel("Username").FillAsync(username);
        await page.GetByLabel("Password").FillAsync(Hotspots.Demo.DemoAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        // Officers land on today's operation (or their list of operations), everyone else on the map.
        await page.Locator(".map[data-map-ready='true'], main.today, main.operation").First.WaitForAsync(new() { Timeout = 60_000 });
        return page;
    }

    /// <summary>
    /// A phone's browser whose storage (localStorage, IndexedDB, service worker) lives in <paramref name="profile"/>, so
    /// closing it and launching again with the same folder is a phone closed and reopened.
    /// </summary>
    public Task<IBrowserContext> Phone(string profile) => playwright!.Chromium.LaunchPersistentContextAsync(profile, new BrowserTypeLaunchPersistentContextOptions
    {
        ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ChromiumArgs, ViewportSize = new ViewportSize { Width = 390, Height = 844 },
    });

    public override async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.DisposeAsync();
        playwright?.Dispose();
        await base.DisposeAsync();
    }
}
