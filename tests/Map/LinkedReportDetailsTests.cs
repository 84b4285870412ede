using Hotspots.Imports;
using Hotspots.Tests.Imports;
using Hotspots.Tests.Imports.Targets;
using Microsoft.Playwright;
using static Hotspots.Tests.Map.MapPage;
using static Microsoft.Playwright.Assertions;

namespace Hotspots.Tests.Map;

/// <summary>Police and council each import their report of the same labour exploitation, 20 m and a day apart.</summary>
public sealed class LinkedReportsBrowserApp : BrowserApp
{
    protected override async Task InsertMore()
    {
        const string Header = "date,type,age,easting,northing,ref\n";
        await Imports.Imports.Text(this, ImportKind.Incidents, Header + "2025-06-04,labour,adult,419000,419000,P-LINK\n",
            o => o with { Agency = "police", AgreementReference = LinkedReportsApp.Agreement });
        await Imports.Imports.Text(this, ImportKind.Incidents, Header + "2025-06-05,labour,adult,419020,419000,C-LINK\n",
            o => o with { Agency = "council", AgreementReference = LinkedReportsApp.Agreement });
    }
}

public sealed class LinkedReportDetailsTests(LinkedReportsBrowserApp app) : IClassFixture<LinkedReportsBrowserApp>
{
    [Fact]
    public async Task Clicking_linked_reports_shows_one_incident_with_both_agencies_and_their_references()
    {
        var page = await app.SignedInPage("analyst.council");
        var (x, y) = await PagePixel(page, 419000, 419000);
        await page.Mouse.ClickAsync(x, y);
        var details = page.GetByRole(AriaRole.Complementary, new() { Name = "Details of the selected feature" });
        await Expect(details).ToContainTextAsync("police, council (2 sources)");
        await Expect(details).ToContainTextAsync("police: P-LINK");
        await Expect(details).ToContainTextAsync("council: C-LINK");
        Assert.Empty(app.ConsoleErrors[page]);
        await page.Context.CloseAsync();
    }
}
