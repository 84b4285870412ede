using Hotspots.Tests.Api;
using Hotspots.Tests.Map;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hotspots.Tests.Access;

/// <summary>A signpost in the workspace, the request sent from it, and the owner granting it on the requests page, in Chromium.</summary>
public sealed class RecordRequestsPageTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task An_analyst_asks_for_a_signposted_record_and_the_owner_grants_it_on_the_requests_page()
    {
        var record = await app.Scalar<long>("""
            INSERT INTO incidents (location, occurred_from, exploitation_type, victim_age_group, source_agency, source_reference,
                location_precision, sensitivity, agreement_reference)
            VALUES (ST_SetSRID(ST_MakePoint(414520, 416520), 27700), '2025-06-01Z', 'sexual', 'child', 'police', 'SENS-1', 'exact', 'official_sensitive', 'KMSP-ISA-2023-01')
            RETURNING id
            """);
        var council = await app.SignedInPage("analyst.council");
        var signposts = council.GetByRole(AriaRole.Region, new() { Name = "Records held by other agencies" });
        await Expect(signposts).ToContainTextAsync("police holds 1 record you may not see");
        await council.GetByRole(AriaRole.Button, new() { Name = "Request access to the police records" }).ClickAsync();
        await council.GetByLabel("Why you need the police records").FillAsync("Same address as our safeguarding referral");
        await council.GetByRole(AriaRole.Button, new() { Name = "Send request" }).ClickAsync();
        await Expect(signposts.GetByRole(AriaRole.Status)).ToHaveTextAsync("Asked police for 1 of 1 records.");
        Assert.Empty(app.ConsoleErrors[council]);
        await council.Context.CloseAsync();

        var police = await app.SignedInPage("analyst.police");
        await police.GetByRole(AriaRole.Link, new() { Name = "Record requests" }).ClickAsync();
        await Expect(police.GetByRole(AriaRole.Cell, new() { Name = "Same address as our safeguarding referral" })).ToBeVisibleAsync();
        await Expect(police.GetByRole(AriaRole.Cell, new() { Name = "Tom Hughes (council analyst), council", Exact = false })).ToBeVisibleAsync();
        await police.GetByRole(AriaRole.Button, new() { Name = "Grant" }).ClickAsync();
        await Expect(police.GetByRole(AriaRole.Cell, new() { Name = "Granted by Priya Shah (police analyst), standing" })).ToBeVisibleAsync();
        Assert.Equal(1L, await app.Scalar<long>("SELECT count(*) FROM record_grants WHERE incident_id = $1 AND agency = 'council' AND expires_at IS NULL", record));
        Assert.Empty(app.ConsoleErrors[police]);
        await police.Context.CloseAsync();
    }

    [Fact]
    public async Task The_owning_agency_sees_at_once_who_broke_glass_on_its_records_and_why()
    {
        var record = await app.Scalar<long>("SELECT min(id) FROM incidents WHERE source_agency = 'police'");
        using var health = await app.SignedIn("partner.health");
        await health.Data($"mutation {{ breakGlass(incidentId: {record}, reason: \"Adult safeguarding referral from A&E this morning\") {{ id }} }}");

        var dpo = await app.SignedInPage("dpo.police");
        var link = dpo.GetByRole(AriaRole.Link, new() { Name = "Record requests" });
        await Expect(link.GetByLabel("1 opened by break-glass today")).ToHaveTextAsync("1");
        await link.ClickAsync();
        var opened = dpo.Locator("table.break-glass");
        await Expect(opened.GetByRole(AriaRole.Cell, new() { Name = "Dr Anna Kowalski (health)" })).ToBeVisibleAsync();
        await Expect(opened.GetByRole(AriaRole.Cell, new() { Name = "Adult safeguarding referral from A&E this morning" })).ToBeVisibleAsync();
        await Expect(opened.GetByRole(AriaRole.Cell, new() { Name = record.ToString(), Exact = true })).ToBeVisibleAsync();
        await WideScreen.Shot(dpo, "break-glass-openings");
        Assert.Empty(app.ConsoleErrors[dpo]);
        await dpo.Context.CloseAsync();
    }
}
