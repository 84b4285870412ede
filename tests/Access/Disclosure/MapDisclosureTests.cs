using Hotspots.Tests.Api;
using static Hotspots.Tests.Access.Disclosure.PartnerView;

namespace Hotspots.Tests.Access.Disclosure;

/// <summary>
/// A partner combines map, tile and trend answers to learn a count their map withholds or a finer time than a month.
/// Counted-only records answer time by whole months and space by whole cells, and shown counts are perturbed by a
/// cell key, consistently, so overlapping answers do not difference to a small count.
/// </summary>
public sealed class MapDisclosureTests(DisclosureFixture app) : IClassFixture<DisclosureFixture>
{
    [Theory]
    [InlineData("partner.health")]
    [InlineData("partner.housing")]
    public async Task Bisecting_the_period_inside_a_month_changes_nothing(string partner)
    {
        // Attack: moving `from` a day at a time inside March and watching counts change dates each record to the day.
        using var client = await app.SignedIn(partner);
        var early = await Cells(client, $"{Everything} from: \"2025-03-02T00:00:00Z\" to: \"2025-05-01T00:00:00Z\"");
        var late = await Cells(client, $"{Everything} from: \"2025-03-28T13:30:00Z\" to: \"2025-04-02T00:00:01Z\"");
        var whole = await Cells(client, $"{Everything} from: \"2025-03-01T00:00:00Z\" to: \"2025-05-01T00:00:00Z\"");
        Assert.NotEmpty(whole);
        Assert.Equal(whole, early);
        Assert.Equal(whole, late);
        Assert.Equal(await Total(client, $"{Everything} from: \"2025-03-01T00:00:00Z\" to: \"2025-05-01T00:00:00Z\""),
            await Total(client, $"{Everything} from: \"2025-03-31T23:59:59Z\" to: \"2025-04-01T00:00:01Z\""));
    }

    [Theory]
    [InlineData("partner.health")]
    [InlineData("partner.housing")]
    public async Task A_daily_trend_does_not_date_counted_records(string partner)
    {
        // Attack: incidentTrend(timeStep: DAY) on one cell answering "0" or "<5" per day dates every record in it.
        using var client = await app.SignedIn(partner);
        var k = Enumerable.Range(0, DisclosureFixture.Cells).First(i => DisclosureFixture.Size(i) == 12);
        var daily = (await client.Data($"{{ incidentTrend(filter: {{ {Box(k)} from: \"2025-01-01T00:00:00Z\" to: \"2025-07-01T00:00:00Z\" }}, timeStep: DAY) {{ steps {{ start incidents {{ value display }} }} }} }}"))
            ["incidentTrend"]!["steps"]!.AsArray();
        Assert.Equal(181, daily.Count);
        Assert.All(daily, s => Assert.Equal("0", s!["incidents"]!["display"]!.GetValue<string>()));

        // Monthly steps give each month's cell as the map of that month shows it, and say where a cell is withheld.
        var monthly = (await client.Data($"{{ incidentTrend(filter: {{ {Box(k)} from: \"2025-01-01T00:00:00Z\" to: \"2025-07-01T00:00:00Z\" }}, timeStep: MONTH) {{ steps {{ start incidents {{ value display }} }} }} }}"))
            ["incidentTrend"]!["steps"]!.AsArray();
        Assert.Equal(6, monthly.Count);
        for (var month = 1; month <= 6; month++)
        {
            var map = await Cells(client, $"{Box(k)} from: \"2025-{month:00}-01T00:00:00Z\" to: \"2025-{month + 1:00}-01T00:00:00Z\"");
            var step = monthly[month - 1]!["incidents"]!;
            Assert.Equal(map.Sum(c => c.Count ?? 0), step["value"]!.GetValue<long>());
            if (map.Any(c => c.Count is null)) Assert.Contains("<5", step["display"]!.GetValue<string>());
        }
    }

    [Theory]
    [InlineData("partner.health")]
    [InlineData("partner.housing")]
    public async Task Comparing_one_type_with_two_does_not_give_the_small_difference_exactly(string partner)
    {
        // Attack: a cell's count for [LABOUR, SEXUAL] minus its count for [LABOUR] is its sexual exploitation count, 1–4 here.
        using var client = await app.SignedIn(partner);
        int exact = 0, compared = 0;
        foreach (var k in Enumerable.Range(0, DisclosureFixture.Cells).Where(i => DisclosureFixture.Size(i) >= 8))
        {
            var both = await Cell(client, k, "exploitationTypes: [LABOUR, SEXUAL]");
            var labour = await Cell(client, k, "exploitationTypes: [LABOUR]");
            if (both is null || labour is null) continue;
            compared++;
            if (both - labour == DisclosureFixture.Sexual(k)) exact++;
            // The same question always gets the same answer, so repeating it cannot average the perturbation away.
            Assert.Equal(both, await Cell(client, k, "exploitationTypes: [SEXUAL, LABOUR]"));
        }
        Assert.True(compared >= 12, $"{compared} cells compared");
        Assert.True(exact < compared * 0.75, $"{exact} of {compared} differences were the true count");
    }

    [Theory]
    [InlineData("partner.health")]
    [InlineData("partner.housing")]
    public async Task Overlapping_boxes_and_two_zooms_show_each_cell_with_one_count(string partner)
    {
        // Attack: a box holding cells A and B against one holding A alone, or a tile at two zooms, differences to B's count.
        using var client = await app.SignedIn(partner);
        var alone = new Dictionary<int, int?>();
        foreach (var k in Enumerable.Range(0, 10)) alone[k] = await Cell(client, k);
        var row = await Cells(client, PartnerView.Everything.Replace("maxY: 417300", "maxY: 416100"));
        Assert.Equal(alone.Values.Where(c => c is not null).Select(c => c!.Value).Order(), row.Where(c => c.Count is not null).Select(c => c.Count!.Value).Order());
        Assert.Equal(alone.Values.Sum(c => c ?? 0), await Total(client, PartnerView.Everything.Replace("maxY: 417300", "maxY: 416100")));

        // The same cells in vector tiles at zoom 14 (the four tiles over the fixture) and 15 (their sixteen children)
        // carry the counts the map shows, each cell once.
        var mapCounts = (await Cells(client, Everything)).Where(c => c.Count is not null).Select(c => (long)c.Count!.Value).Order().ToList();
        async Task<List<long>> TileCounts(int z, IEnumerable<int> xs, IEnumerable<int> ys)
        {
            var counts = new List<long>();
            foreach (var x in xs)
                foreach (var y in ys)
                {
                    var tile = VectorTile.Read(await client.GetByteArrayAsync($"/tiles/incidents/{z}/{x}/{y}.mvt"));
                    counts.AddRange(tile.Layer("incidentCells").Where(c => c.Properties.ContainsKey("count")).Select(c => Convert.ToInt64(c.Properties["count"])));
                }
            return [.. counts.Order()];
        }
        Assert.Equal(mapCounts, await TileCounts(14, [8110, 8111], [5287, 5288]));
        Assert.Equal(mapCounts, await TileCounts(15, Enumerable.Range(16220, 4), Enumerable.Range(10574, 4)));
    }
}
