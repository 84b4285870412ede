using Hotspots.Tests.Imports.Sources;
using Hotspots.Tests.Map;
using Microsoft.Playwright;

namespace Hotspots.Tests.Imports;

public sealed class ImportWizardTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    [Fact]
    public async Task An_analyst_previews_a_csv_imports_it_and_downloads_the_rejected_row()
    {
        var file = Path.Combine(Path.GetTempPath(), $"partner-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, """
            date,type,age,easting,northing,ref
            2025-03-04,labour,adult,414541,416892,WZ1
            31/02/2025,labour,adult,414541,416892,WZ2
            2025-03-05,sexual,child,414600,416900,WZ3
            """);
        try
        {
            var page = await app.SignedInPage("analyst.police");
            await page.GetByRole(AriaRole.Link, new() { Name = "Import", Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Import a file" })).ToBeVisibleAsync();
            await page.Locator("#import-file").SetInputFilesAsync(file);
            await page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();

            var preview = page.Locator(".import-preview");
            await Expect(preview).ToContainTextAsync("31/02/2025");
            await Expect(page.GetByLabel("What the import would do")).ToContainTextAsync("Rows to add2");
            await Expect(page.GetByLabel("What the import would do")).ToContainTextAsync("Rejected1");
            await Expect(preview.Locator(".problems")).ToContainTextAsync("not a real date");
            Assert.Equal(0L, await app.Scalar<long>("SELECT count(*) FROM incidents WHERE source_reference LIKE 'WZ%'"));

            await page.GetByRole(AriaRole.Button, new() { Name = "Start import" }).ClickAsync();
            await Expect(page.GetByText("Import finished.")).ToBeVisibleAsync();
            await Expect(page.GetByLabel("What the import did")).ToContainTextAsync("Rows added2");
            await Expect(page.Locator(".import-job .problems")).ToContainTextAsync("3");
            await Expect(page.Locator(".import-job .problems")).ToContainTextAsync("not a real date");
            Assert.Equal(2L, await app.Scalar<long>("SELECT count(*) FROM incidents WHERE source_reference LIKE 'WZ%'"));

            var download = await page.RunAndWaitForDownloadAsync(() =>
                page.GetByRole(AriaRole.Button, new() { Name = "Download the rejected rows (CSV)" }).ClickAsync());
            var saved = await File.ReadAllTextAsync(await download.PathAsync());
            Assert.StartsWith("# OFFICIAL: rows rejected from import", saved);
            Assert.Contains("\nline,reason,source", saved);
            Assert.Contains("not a real date", saved);
            Assert.Empty(app.ConsoleErrors[page]);
            await page.Context.CloseAsync();
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task An_analyst_chooses_the_layer_of_a_geopackage_that_has_several()
    {
        var file = Path.Combine(Path.GetTempPath(), $"kirklees-{Guid.NewGuid():N}.gpkg");
        GeoPackages.WardsAndRoads(file);
        try
        {
            var page = await app.SignedInPage("analyst.police");
            await page.GetByRole(AriaRole.Link, new() { Name = "Import", Exact = true }).ClickAsync();
            await page.Locator("#import-kind").SelectOptionAsync("AREAS");
            await page.Locator("#import-file").SetInputFilesAsync(file);
            await page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();

            var choice = page.GetByRole(AriaRole.Group, new() { Name = "The GeoPackage has 2 layers: which one to import?" });
            await Expect(choice).ToContainTextAsync("roads (2 linestring features)");
            await Expect(choice).ToContainTextAsync("wards (1 polygon features)");
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Start import" })).ToBeDisabledAsync();

            await choice.GetByRole(AriaRole.Radio, new() { Name = "wards" }).CheckAsync();
            await Expect(page.GetByLabel("What the import would do")).ToContainTextAsync("Rows to add1");
            await page.GetByRole(AriaRole.Button, new() { Name = "Start import" }).ClickAsync();
            await Expect(page.GetByText("Import finished.")).ToBeVisibleAsync();
            Assert.Equal("Newsome", await app.Scalar<string>("SELECT name FROM areas WHERE code = 'W01'"));
            Assert.Empty(app.ConsoleErrors[page]);
            await page.Context.CloseAsync();
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);
}
