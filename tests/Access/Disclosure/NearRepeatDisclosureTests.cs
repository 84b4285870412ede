using System.Text.Json.Nodes;
using Hotspots.Tests.Api;
using static Hotspots.Tests.Access.Disclosure.PartnerView;

namespace Hotspots.Tests.Access.Disclosure;

/// <summary>
/// A partner tries to learn, through the near-repeat test, what their map withholds: the count of a cell of 1–4 records,
/// or a place or day finer than the counted cells give. Near repeat uses records seen in full only; counted cells are
/// left out at the count the map shows, and a withheld cell adds nothing, not even to that count.
/// </summary>
public sealed class NearRepeatDisclosureTests(DisclosureFixture app) : IClassFixture<DisclosureFixture>
{
    private static readonly int[] Withheld = [.. Enumerable.Range(0, DisclosureFixture.Cells).Where(k => DisclosureFixture.Size(k) < 5)];

    private static async Task<JsonNode> NearRepeat(HttpClient client, string filter) =>
        (await client.Data($"{{ nearRepeat(filter: {{ {filter} }}, metres: [0, 1, 50, 100], days: [0, 1, 7, 31, 400], permutations: 19) " +
            "{ recordsUsed countedLeftOut explanation cells { observed expected } } }"))["nearRepeat"]!;

    [Theory]
    [InlineData("partner.health")]
    [InlineData("partner.housing")]
    public async Task Near_repeat_leaves_out_exactly_what_the_map_counts_and_pairs_none_of_it(string partner)
    {
        // Attack: pairs 0–1 m and 0–1 day apart inside counted cells would give the records' places and days, and a
        // count left out above the map's would give the withheld cells.
        using var client = await app.SignedIn(partner);
        var answer = await NearRepeat(client, Everything);
        Assert.Equal(0, answer["recordsUsed"]!.GetValue<int>());
        Assert.Equal(await Total(client, Everything), answer["countedLeftOut"]!.GetValue<long>());
        Assert.All(answer["cells"]!.AsArray(), c => Assert.Equal(0, c!["observed"]!.GetValue<int>()));
        Assert.All(answer["cells"]!.AsArray(), c => Assert.Equal(0, c!["expected"]!.GetValue<double>()));
    }

    [Theory]
    [InlineData("partner.health")]
    [InlineData("partner.housing")]
    public async Task Near_repeat_over_a_withheld_cell_says_nothing_of_its_records(string partner)
    {
        // Attack: one withheld cell's box at a time; any count or number in the answer other than the map's would be its own.
        using var client = await app.SignedIn(partner);
        foreach (var k in Withheld.Take(8))
        {
            Assert.Null(await Cell(client, k));
            var answer = await NearRepeat(client, Box(k));
            Assert.Equal(0, answer["recordsUsed"]!.GetValue<int>());
            Assert.Equal(0, answer["countedLeftOut"]!.GetValue<long>());
            var said = string.Join(" ", answer["explanation"]!.AsArray().Select(s => s!.GetValue<string>()));
            Assert.DoesNotContain("left out", said);
            foreach (var size in DisclosureFixture.Sizes.Where(s => s < 5)) Assert.DoesNotContain($" {size} incident", said);
        }
    }

    [Fact]
    public async Task An_analyst_pairs_the_records_they_see_in_full_and_leaves_out_their_counted_cells()
    {
        // The same question as the partners', asked by the police analyst, who sees police records in full: the test is
        // not blind, and what it uses and leaves out is exactly their map.
        using var client = await app.SignedIn("analyst.police");
        var answer = await NearRepeat(client, Everything);
        var used = answer["recordsUsed"]!.GetValue<int>();
        Assert.InRange(used, 50, Enumerable.Range(0, DisclosureFixture.Cells).Sum(DisclosureFixture.Size) - 1);
        Assert.Equal(await Total(client, Everything), used + answer["countedLeftOut"]!.GetValue<long>());
        Assert.True(answer["cells"]!.AsArray().Sum(c => c!["observed"]!.GetValue<int>()) > 0);
    }
}
