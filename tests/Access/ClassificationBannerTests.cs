using Hotspots.Tests.Map;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hotspots.Tests.Access;

/// <summary>The sample rows plus one police OFFICIAL-SENSITIVE record, as in the demo data.</summary>
public sealed class SensitiveBrowserApp : BrowserApp
{
    protected override Task InsertMore() => Execute("""
        INSERT INTO incidents (location, occurred_from, exploitation_type, victim_age_group, source_agency, source_reference,
            location_precision, sensitivity, agreement_reference)
        VALUES (ST_SetSRID(ST_MakePoint(416250, 416850), 27700), '2025-04-02Z', 'sexual', 'child', 'police', 'OS-1', 'exact',
            'official_sensitive', 'KMSP-ISA-2023-01')
        """);
}

public sealed class ClassificationBannerTests(SensitiveBrowserApp app) : IClassFixture<SensitiveBrowserApp>
{
    [Theory]
    [InlineData("analyst.police", "OFFICIAL-SENSITIVE")]
    [InlineData("analyst.council", "OFFICIAL")]
    [InlineData("partner.health", "OFFICIAL")]
    public async Task The_banner_shows_the_highest_marking_of_what_the_signed_in_user_sees(string account, string banner)
    {
        var page = await app.SignedInPage(account);
        await Expect(page.Locator(".map")).ToHaveAttributeAsync("data-incidents-drawn", new System.Text.RegularExpressions.Regex("^[1-9]"));
        await Expect(page.GetByRole(AriaRole.Note, new() { Name = "Highest classification in view" })).ToHaveTextAsync(banner);
        Assert.Empty(app.ConsoleErrors[page]);
        await page.Context.CloseAsync();
    }
}
