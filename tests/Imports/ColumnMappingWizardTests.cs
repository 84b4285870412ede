using Hotspots.Tests.Map;
using Microsoft.Playwright;

namespace Hotspots.Tests.Imports;

/// <summary>The wizard's column mapping, driven in Chromium with a case-system export whose headers we cannot guess.</summary>
public sealed class ColumnMappingWizardTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Header = "Incident when,Offence,Victim category,Grid E,Grid N,Case no";

    [Fact]
    public async Task An_analyst_maps_unguessable_columns_checks_the_sample_imports_and_reuses_the_saved_mapping()
    {
        var first = await Write($"""
            {Header}
            04/03/2025,Labour,Adult,414541,416892,CS-1
            31/02/2025,Labour,Adult,414541,416892,CS-2
            05/03/2025,Sexual,Child,414600,416900,CS-3
            """);
        var second = await Write($"""
            {Header}
            06/03/2025,Labour,Adult,414541,416892,CS-4
            """);
        try
        {
            var page = await app.SignedInPage("analyst.council");
            await page.GetByRole(AriaRole.Link, new() { Name = "Import", Exact = true }).ClickAsync();
            await page.Locator("#import-file").SetInputFilesAsync(first);
            await page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();

            await Expect(page.Locator(".import-preview [role=alert]")).ToContainTextAsync("Expected column 'occurred_from' is missing");
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Start import" })).ToBeDisabledAsync();
            await Expect(page.GetByLabel("When it happened *")).ToHaveValueAsync("");

            await page.GetByLabel("Where each row is").SelectOptionAsync("WGS84");
            await Expect(page.GetByLabel("Longitude *")).ToBeVisibleAsync();
            await Expect(page.GetByLabel("Easting *")).ToHaveCountAsync(0);
            await page.GetByLabel("Where each row is").SelectOptionAsync("BRITISH_NATIONAL_GRID");

            await page.GetByLabel("When it happened *").SelectOptionAsync("Incident when");
            await page.GetByLabel("Exploitation type *").SelectOptionAsync("Offence");
            await page.GetByLabel("Victim age group").SelectOptionAsync("Victim category");
            await page.GetByLabel("Your reference").SelectOptionAsync("Case no");
            await page.GetByLabel("Easting *").SelectOptionAsync("Grid E");
            await page.GetByLabel("Northing *").SelectOptionAsync("Grid N");
            await Expect(page.Locator("tr", new() { Has = page.GetByLabel("When it happened *") }).Locator(".mapped-values"))
                .ToHaveTextAsync("04/03/2025 · 31/02/2025 · 05/03/2025");
            await page.GetByRole(AriaRole.Button, new() { Name = "Preview with these columns" }).ClickAsync();

            var sample = page.Locator(".mapped-sample");
            await Expect(sample.Locator("tbody tr").Nth(0)).ToContainTextAsync("2025-03-04");
            await Expect(sample.Locator("tbody tr").Nth(0)).ToContainTextAsync("labour");
            await Expect(sample.Locator("tbody tr").Nth(0)).ToContainTextAsync("E 414541 N 416892");
            await Expect(sample.Locator("tbody tr").Nth(1)).ToContainTextAsync("not a real date");
            await Expect(sample.Locator("tbody tr").Nth(2)).ToContainTextAsync("child");
            await Expect(page.GetByLabel("What the import would do")).ToContainTextAsync("Rows to add2");
            await Expect(page.GetByLabel("What the import would do")).ToContainTextAsync("Rejected1");
            Assert.Equal(0L, await app.Scalar<long>("SELECT count(*) FROM incidents WHERE source_reference LIKE 'CS-%'"));

            await page.GetByLabel("Save this mapping for your agency's next files as").FillAsync("Case system export");
            await page.GetByRole(AriaRole.Button, new() { Name = "Save mapping" }).ClickAsync();
            await Expect(page.Locator(".column-mapping [role=status]")).ToContainTextAsync("Saved as 'Case system export'");

            await page.GetByRole(AriaRole.Button, new() { Name = "Start import" }).ClickAsync();
            await Expect(page.GetByText("Import finished.")).ToBeVisibleAsync();
            await Expect(page.GetByLabel("What the import did")).ToContainTextAsync("Rows added2");
            Assert.Equal(2L, await app.Scalar<long>("SELECT count(*) FROM incidents WHERE source_reference IN ('CS-1', 'CS-3') AND source_agency = 'council'"));
            Assert.Equal("child", await app.Scalar<string>("SELECT victim_age_group FROM incidents WHERE source_reference = 'CS-3'"));

            await page.Locator("#import-file").SetInputFilesAsync(second);
            await page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
            await Expect(page.Locator(".import-preview [role=alert]")).ToContainTextAsync("occurred_from");
            await page.GetByLabel("Saved mapping").SelectOptionAsync("Case system export");
            await page.GetByRole(AriaRole.Button, new() { Name = "Use this mapping" }).ClickAsync();
            await Expect(page.GetByLabel("Easting *")).ToHaveValueAsync("Grid E");
            await Expect(page.Locator(".mapped-sample tbody tr").Nth(0)).ToContainTextAsync("CS-4");
            await Expect(page.GetByLabel("What the import would do")).ToContainTextAsync("Rows to add1");
            Assert.Empty(app.ConsoleErrors[page]);
            await page.Context.CloseAsync();
        }
        finally
        {
            File.Delete(first);
            File.Delete(second);
        }
    }

    private static async Task<string> Write(string text)
    {
        var path = Path.Combine(Path.GetTempPath(), $"case-system-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(path, text);
        return path;
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
