using Hotspots.Tests.Map;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hotspots.Tests.Access.Rules;

/// <summary>The administrator's access rules page in Chromium: the rules as they are, changed, refused with the server's reason.</summary>
public sealed class AccessRulesPageTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task An_administrator_changes_the_rules_on_the_page_and_a_bad_value_is_refused_with_its_reason()
    {
        var page = await app.SignedInPage("admin.council");
        await page.GetByRole(AriaRole.Link, new() { Name = "Access rules" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = "KMSP-ISA-2023-01", Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByLabel("Grid cell (metres)")).ToHaveValueAsync("100");

        await page.GetByLabel("Grid cell (metres)").FillAsync("10");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save generalisation" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("The grid cell must be 100 to 5000 metres (was 10)");
        Assert.Equal(100, await app.Scalar<int>("SELECT value FROM access_policy WHERE key = 'generalised_cell_metres'"));

        await page.GetByLabel("Grid cell (metres)").FillAsync("250");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save generalisation" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Generalisation saved.");
        Assert.Equal(250, await app.Scalar<int>("SELECT value FROM access_policy WHERE key = 'generalised_cell_metres'"));

        await page.GetByLabel("Review months for health").FillAsync("3");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save policy for health" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Policy for NHS Kirklees saved.");
        Assert.Equal(3, await app.Scalar<int>("SELECT review_months FROM agencies WHERE code = 'health'"));

        await page.GetByRole(AriaRole.Button, new() { Name = "Edit KMSP-ISA-2023-01" }).ClickAsync();
        await page.GetByRole(AriaRole.Checkbox, new() { Name = "Kirklees Neighbourhood Housing" }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save agreement" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Agreement KMSP-ISA-2023-01 saved.");
        await Expect(page.GetByRole(AriaRole.Cell, new() { Name = "council, housing, police", Exact = true })).ToBeVisibleAsync();
        Assert.Empty(app.ConsoleErrors[page]);
        await page.Context.CloseAsync();

        var partner = await app.SignedInPage("partner.housing");
        await Expect(partner.GetByRole(AriaRole.Navigation, new() { Name = "Pages" })).Not.ToContainTextAsync("Access rules");
        await partner.Context.CloseAsync();
    }
}
