using System.Net;
using Hotspots.Tests.Analysis.Exports;
using Hotspots.Tests.Api;
using static Hotspots.Tests.Access.Disclosure.PartnerView;

namespace Hotspots.Tests.Access.Disclosure;

/// <summary>
/// A partner tries to take away, in a file, what their map withholds: the count of a cell of 1–4 records, or an analyst's
/// run computed on records they may only count. Exports are made from the run's frozen view and nothing else.
/// </summary>
public sealed class ExportDisclosureTests(DisclosureFixture app) : IClassFixture<DisclosureFixture>
{
    private static readonly int[] Withheld = [.. Enumerable.Range(0, DisclosureFixture.Cells).Where(k => DisclosureFixture.Size(k) < 5)];

    [Theory]
    [InlineData("partner.health")]
    [InlineData("partner.housing")]
    public async Task A_partner_s_exported_cells_hold_no_withheld_count_and_add_up_to_their_map(string partner)
    {
        // Attack: Gi* on 100 m cells, one per fixture cell, exported in every format, read by GDAL cell by cell.
        Assert.True(Gdal.Installed, "These tests open the files with GDAL: apt-get install -y gdal-bin");
        using var client = await app.SignedIn(partner);
        var total = await Total(client, Everything);
        var run = (await Run(client, $"{{ method: GI_STAR, cellSize: 100, distanceBand: 300, filter: {{ {Everything} }} }}"))["data"]!["runAnalysis"]!;
        var id = run["id"]!.GetValue<string>();
        foreach (var file in new[] { "cells.gpkg", "cells.geojson", "cells.csv" })
        {
            var counts = Gdal.Values(await Downloads.Export(client, id, file), "incidents");
            Assert.Equal(total, counts.Sum());
            Assert.DoesNotContain(counts, c => c is > 0 and < 5);
        }
        var hotspots = Gdal.Values(await Downloads.Export(client, id, "hotspots.gpkg"), "incidents");
        Assert.True(hotspots.Sum() <= total);
    }

    [Theory]
    [InlineData("partner.health")]
    [InlineData("partner.housing")]
    public async Task A_partner_cannot_export_an_analyst_s_run_made_on_records_they_only_count(string partner)
    {
        // Attack: the analyst's run counts every record, withheld cells included; its id is guessable, so ask for its files.
        using var analyst = await app.SignedIn("analyst.police");
        var run = (await Run(analyst, $"{{ method: GI_STAR, cellSize: 100, distanceBand: 300, filter: {{ {Everything} }} }}"))["data"]!["runAnalysis"]!;
        var id = run["id"]!.GetValue<string>();
        using var client = await app.SignedIn(partner);
        foreach (var file in new[] { "cells.gpkg", "cells.geojson", "cells.csv", "hotspots.gpkg", "density.zip" })
        {
            var response = await client.GetAsync($"/analysis/runs/{id}/{file}");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Contains($"There is no analysis run {id} you may open", await response.Content.ReadAsStringAsync());
        }
        Assert.Equal(0, await app.Scalar<long>(
            "SELECT count(*) FROM audit_log WHERE action = 'export analysis run' AND subject = $1 AND username = $2", $"analysis:{id}", partner));
        Assert.True(await app.Scalar<long>(
            "SELECT count(*) FROM audit_log WHERE action = 'reopen analysis run refused' AND subject = $1 AND username = $2", $"analysis:{id}", partner) >= 5);
        Assert.NotEmpty(Withheld);
    }
}
