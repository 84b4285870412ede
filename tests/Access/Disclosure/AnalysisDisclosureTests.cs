using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Hotspots.Tests.Api;
using static Hotspots.Tests.Access.Disclosure.PartnerView;

namespace Hotspots.Tests.Access.Disclosure;

/// <summary>
/// A partner tries to learn, through an analysis, a count their map withholds (cells of 1–4 records). Each analysis must be
/// computed from their view alone: counted cells at the count the map shows, withheld cells adding nothing.
/// </summary>
public sealed partial class AnalysisDisclosureTests(DisclosureFixture app) : IClassFixture<DisclosureFixture>
{
    private static readonly int[] Withheld = [.. Enumerable.Range(0, DisclosureFixture.Cells).Where(k => DisclosureFixture.Size(k) < 5)];

    [Theory]
    [InlineData("partner.health")]
    [InlineData("partner.housing")]
    public async Task A_narrow_kernel_density_does_not_give_the_count_of_a_withheld_cell(string partner)
    {
        // Attack: KDE with a 40 m radius on 20 m cells, where each counted record sits at its cell centre, so density / K(0) is the cell's count.
        using var client = await app.SignedIn(partner);
        var body = await Run(client, $"{{ method: KERNEL_DENSITY, radius: 40, cellSize: 20, filter: {{ {Everything} }} }}");
        var density = body["data"]!["runAnalysis"]!["density"]!;
        double minX = density["minX"]!.GetValue<double>(), minY = density["minY"]!.GetValue<double>(), size = density["cellSize"]!.GetValue<double>();
        int columns = density["columns"]!.GetValue<int>(), rows = density["rows"]!.GetValue<int>();
        var perKm2 = density["perKm2"]!.AsArray().Select(v => v!.GetValue<double>()).ToArray();
        double At(int k)
        {
            var (x, y) = DisclosureFixture.Centre(k);
            int column = (int)Math.Floor((x - minX) / size), row = (int)Math.Floor((y - minY) / size);
            return column < 0 || row < 0 || column >= columns || row >= rows ? 0 : perKm2[(rows - 1 - row) * columns + column];
        }
        Assert.All(Withheld, k => Assert.Equal(0, At(k)));
        Assert.All(Enumerable.Range(0, DisclosureFixture.Cells).Except(Withheld), k => Assert.True(At(k) > 0, $"shown cell {k} has density"));
    }

    [Theory]
    [InlineData("partner.health")]
    [InlineData("partner.housing")]
    public async Task A_one_metre_dbscan_finds_only_the_cells_the_map_shows_at_the_counts_it_shows(string partner)
    {
        // Attack: DBSCAN with eps 1 m and one point per core forms a cluster exactly at each cell, with the cell's record count.
        using var client = await app.SignedIn(partner);
        var shown = (await Cells(client, Everything)).Where(c => c.Count is not null).Select(c => c.Count!.Value).Order().ToList();
        var body = await Run(client, $"{{ method: DBSCAN, eps: 1, minPoints: 1, filter: {{ {Everything} }} }}");
        var clusters = body["data"]!["runAnalysis"]!["clusters"]!["features"]!.AsArray()
            .Select(f => f!["properties"]!["count"]!.GetValue<int>()).Order().ToList();
        Assert.Equal(36, shown.Count);
        Assert.Equal(shown, clusters);
    }

    [Theory]
    [InlineData("partner.health")]
    [InlineData("partner.housing")]
    public async Task Gi_star_counts_and_hotspot_incidents_add_up_to_the_map_never_more(string partner)
    {
        // Attack: Gi* on 200 m cells, each holding one 100 m cell, reads every cell's count, withheld ones included, from cells[] and hotspots[].incidents.
        using var client = await app.SignedIn(partner);
        var total = await Total(client, Everything);
        var body = await Run(client, $"{{ method: GI_STAR, cellSize: 200, distanceBand: 600, filter: {{ {Everything} }} }}");
        var run = body["data"]!["runAnalysis"]!;
        Assert.Equal(total, run["incidentCount"]!.GetValue<long>());
        var counts = run["cells"]!["features"]!.AsArray().Select(f => f!["properties"]!["count"]!.GetValue<double>()).ToList();
        Assert.Equal(total, counts.Sum());
        Assert.DoesNotContain(counts, c => c is > 0 and < 5);
        Assert.True(run["hotspots"]!.AsArray().Sum(h => h!["incidents"]!.GetValue<double>()) <= total);
    }

    [Theory]
    [InlineData("partner.health")]
    [InlineData("partner.housing")]
    public async Task An_optimised_refusal_on_one_withheld_cell_does_not_state_its_count(string partner)
    {
        // Attack: optimised hot spots on one cell's box: "…needs at least 60 incidents…; there are 3" would state a withheld count.
        using var client = await app.SignedIn(partner);
        foreach (var k in Withheld.Take(8))
        {
            var message = (await Run(client, $"{{ method: OPTIMISED, filter: {{ {Box(k)} }} }}")).FirstError();
            Assert.DoesNotMatch(Number(), message.Replace("60", ""));
        }
        var shownCell = Enumerable.Range(0, DisclosureFixture.Cells).First(k => DisclosureFixture.Size(k) == 9);
        var shownMessage = (await Run(client, $"{{ method: OPTIMISED, filter: {{ {Box(shownCell)} }} }}")).FirstError();
        var stated = Number().Matches(shownMessage).Select(m => long.Parse(m.Value)).Where(n => n != 60).ToList();
        var onMap = await Total(client, Box(shownCell));
        Assert.All(stated, n => Assert.Equal(onMap, n));
    }

    [Theory]
    [InlineData("partner.health")]
    [InlineData("partner.housing")]
    public async Task Every_method_counts_no_more_than_the_map_shows(string partner)
    {
        // Attack: any method's incidentCount above the map's full records plus shown counts would reveal withheld records.
        using var client = await app.SignedIn(partner);
        var total = await Total(client, Everything);
        foreach (var method in new[] { "GI_STAR", "KERNEL_DENSITY", "DBSCAN" })
        {
            var run = (await Run(client, $"{{ method: {method}, filter: {{ {Everything} }} }}"))["data"]!["runAnalysis"]!;
            Assert.Equal(total, run["incidentCount"]!.GetValue<long>());
            Assert.True(run["generalised"]!.GetValue<bool>());
        }
        var optimised = await Run(client, $"{{ method: OPTIMISED, filter: {{ {Everything} }} }}");
        if (optimised["errors"] is null) Assert.Equal(total, optimised["data"]!["runAnalysis"]!["incidentCount"]!.GetValue<long>());
        else Assert.All(Number().Matches(optimised.FirstError()).Select(m => long.Parse(m.Value)).Where(n => n != 60), n => Assert.True(n <= total));

        // Emerging counts by month: its total is the sum of the six monthly maps, never more.
        long monthly = 0;
        for (var month = 1; month <= 6; month++)
            monthly += await Total(client, $"{Everything} from: \"2025-{month:00}-01T00:00:00Z\" to: \"{(month == 12 ? "2026-01" : $"2025-{month + 1:00}")}-01T00:00:00Z\"");
        var emerging = await Run(client, $"{{ method: EMERGING, cellSize: 200, distanceBand: 600, filter: {{ {Everything} }} }}");
        if (emerging["errors"] is null) Assert.Equal(monthly, emerging["data"]!["runAnalysis"]!["incidentCount"]!.GetValue<long>());
        else
        {
            // Spread over six months, every cell is under 5 in each month, so the monthly maps show nothing to analyse.
            Assert.Equal(0, monthly);
            Assert.Contains("No incidents you may see", emerging.FirstError());
        }
    }

    [Fact]
    public async Task A_saved_hotspot_gives_a_partner_none_of_the_analyst_s_figures()
    {
        // Attack: areas(kind: HOTSPOT) gave every role the saving analyst's exact count (their own records in full plus
        // cells), which differenced against the partner's map gives the withheld cells inside the outline.
        using var analyst = await app.SignedIn("analyst.police");
        var run = (await Run(analyst, $"{{ method: GI_STAR, cellSize: 200, distanceBand: 600, filter: {{ {Everything} }} }}"))["data"]!["runAnalysis"]!;
        var number = run["hotspots"]!.AsArray().MaxBy(h => h!["incidents"]!.GetValue<double>())!["number"]!.GetValue<int>();
        var saved = (await analyst.Data($"mutation {{ saveHotspot(runId: {run["id"]}, number: {number}, name: \"Disclosure test\") {{ id hotspotIncidents }} }}"))["saveHotspot"]!;
        var id = saved["id"]!.GetValue<string>();

        foreach (var partner in new[] { "partner.health", "partner.housing" })
        {
            using var client = await app.SignedIn(partner);
            var area = (await client.Data("{ areas(kind: HOTSPOT) { items { id hotspotIncidents hotspotPeakZ hotspotPai } } }"))["areas"]!["items"]!.AsArray()
                .Single(a => a!["id"]!.GetValue<string>() == id)!;
            Assert.Null(area["hotspotIncidents"]);
            Assert.Null(area["hotspotPeakZ"]);
            Assert.Null(area["hotspotPai"]);
        }
    }

    [Theory]
    [InlineData("partner.health")]
    [InlineData("partner.housing")]
    public async Task Evaluating_a_run_against_a_later_period_counts_only_what_the_later_map_shows(string partner)
    {
        // Attack: evaluateHotspots' n and N over a later period counted every record behind the cells, withheld ones too.
        using var client = await app.SignedIn(partner);
        var run = (await Run(client, $"{{ method: GI_STAR, cellSize: 200, distanceBand: 600, filter: {{ {Everything} }} }}"))["data"]!["runAnalysis"]!;
        var later = $"{Everything} from: \"2025-04-01T00:00:00Z\" to: \"2025-07-01T00:00:00Z\"";
        var evaluation = (await client.Data($"{{ evaluateHotspots(runId: {run["id"]}, laterPeriod: {{ {later} }}) {{ laterIncidents {{ value }} laterInHotspots {{ value }} }} }}"))["evaluateHotspots"]!;
        Assert.Equal(await Total(client, later), evaluation["laterIncidents"]!["value"]!.GetValue<long>());
        Assert.True(evaluation["laterInHotspots"]!["value"]!.GetValue<long>() <= evaluation["laterIncidents"]!["value"]!.GetValue<long>());
    }

    [GeneratedRegex(@"\b\d+\b")]
    private static partial Regex Number();
}
