using Hotspots.Tests.Map;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hotspots.Tests.Access;

/// <summary>The data-protection officer's audit page: filtered, exported as CSV under its marking, and the export audited.</summary>
public sealed class AuditPageTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task A_data_protection_officer_filters_the_audit_and_exports_it_and_the_export_is_itself_audited()
    {
        // Someone of the officer's agency signs in, someone of another agency too: only the first is the officer's to see.
        (await app.SignedIn("analyst.police")).Dispose();
        (await app.SignedIn("analyst.council")).Dispose();
        var dpo = await WideScreen.SignedIn(app, "dpo.police");
        await dpo.GetByRole(AriaRole.Link, new() { Name = "Audit" }).ClickAsync();
        await dpo.GetByLabel("Person (username)").FillAsync("analyst.police");
        await dpo.GetByLabel("Action starts with").FillAsync("sign-in");
        await dpo.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        var rows = dpo.Locator("table tbody tr");
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First).ToContainTextAsync("analyst.police");
        await Expect(rows.First).ToContainTextAsync("West Yorkshire Police");

        await dpo.GetByLabel("Person (username)").FillAsync("analyst.council");
        await dpo.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Expect(dpo.GetByText("0 entries")).ToBeVisibleAsync();
        await dpo.GetByLabel("Person (username)").FillAsync("analyst.police");
        await dpo.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Expect(rows).ToHaveCountAsync(1);

        var download = await dpo.RunAndWaitForDownloadAsync(() => dpo.GetByRole(AriaRole.Button, new() { Name = "Export CSV" }).ClickAsync());
        var csv = await File.ReadAllTextAsync(await download.PathAsync());
        var lines = csv.TrimEnd('\n').Split('\n');
        Assert.Equal("# OFFICIAL-SENSITIVE: Hotspots audit log", lines[0]);
        Assert.Equal("When (UTC),Who,Agency,Action,Record,Reason,From,Detail", lines[1]);
        Assert.Equal(3, lines.Length);
        Assert.Contains(",analyst.police,police,sign-in,", lines[2]);

        await dpo.GetByLabel("Person (username)").FillAsync("dpo.police");
        await dpo.GetByLabel("Action starts with").FillAsync("export");
        await dpo.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Expect(rows).ToHaveCountAsync(1);
        await Expect(rows.First).ToContainTextAsync("export audit log");
        await WideScreen.Shot(dpo, "audit");
        var detail = await app.Scalar<string>("SELECT detail::text FROM audit_log WHERE action = 'export audit log' AND username = 'dpo.police'");
        Assert.Contains("\"rows\": 1", detail);
        Assert.Contains("\"Username\": \"analyst.police\"", detail);
        Assert.Empty(app.ConsoleErrors[dpo]);
    }
}
