using Hotspots.Tests.Analysis.Exports;
using Hotspots.Tests.Map;
using Hotspots.Tests.Api;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hotspots.Tests.Analysis.Map;

/// <summary>The analyst's way out: a Gi* result's hotspot table, and its download opened by GDAL with every feature.</summary>
public sealed class ExportPanelTests(AnalysisBrowserApp app) : IClassFixture<AnalysisBrowserApp>
{
    [Fact]
    public async Task An_analyst_exports_a_gi_star_result_and_gdal_opens_it_with_the_right_number_of_features()
    {
        Assert.True(Gdal.Installed, "This test opens the file with GDAL: apt-get install -y gdal-bin");
        var page = await app.SignedInPage("analyst.police");
        await page.GetByLabel("Method", new() { Exact = true }).SelectOptionAsync("GI_STAR");
        await page.GetByRole(AriaRole.Button, new() { Name = "Run analysis" }).ClickAsync();
        var result = page.GetByRole(AriaRole.Region, new() { Name = "Analysis result" });
        await Expect(result).ToContainTextAsync("incidents analysed");

        // The attribute table: one row per hotspot, sortable, with PAI.
        var table = page.GetByRole(AriaRole.Table, new() { Name = "Hotspots" });
        await Expect(table).ToContainTextAsync("PAI");
        var rows = await table.Locator("tbody tr").CountAsync();
        Assert.True(rows > 0, "no hotspots in the table");
        await table.GetByRole(AriaRole.Button, new() { Name = "Incidents" }).ClickAsync();
        await Expect(table.Locator("th").Nth(1)).ToHaveAttributeAsync("aria-sort", "descending");

        await page.GetByLabel("Download").SelectOptionAsync("cells.gpkg");
        var cells = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Download", Exact = true }).ClickAsync());
        var cellsPath = Path.Combine(Directory.CreateTempSubdirectory("hotspots-export-").FullName, "cells.gpkg");
        await cells.SaveAsAsync(cellsPath);
        await page.GetByLabel("Download").SelectOptionAsync("hotspots.gpkg");
        var hotspots = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Download", Exact = true }).ClickAsync());
        var hotspotsPath = Path.Combine(Path.GetDirectoryName(cellsPath)!, "hotspots.gpkg");
        await hotspots.SaveAsAsync(hotspotsPath);
        Assert.StartsWith("OFFICIAL-SENSITIVE-run-", hotspots.SuggestedFilename);

        var run = await page.GetByLabel("Run id").InputValueAsync();
        using var api = await app.SignedIn("analyst.police");
        var cellCount = (await api.Data($"{{ analysisRun(id: {run}) {{ cells }} }}"))["analysisRun"]!["cells"]!["features"]!.AsArray().Count;
        Assert.Equal((cellCount, true), Gdal.Layer(cellsPath));
        Assert.Equal((rows, true), Gdal.Layer(hotspotsPath));
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "screenshots", "analysis-export.png"), FullPage = false });
        Assert.Empty(app.ConsoleErrors[page]);
        await page.Context.CloseAsync();
    }
}
