using System.Text.Json.Nodes;
using Hotspots.Tests.Api;
using Hotspots.Tests.Problems;

namespace Hotspots.Tests.Access.Disclosure;

/// <summary>
/// Incidents of four agencies over the last three months, in 100 m cells of 1 to 15 records each: in the plans'
/// hotspot (414000–415000 E, 416000–417000 N), in its 500 m buffer ring and further off in the district, with a few
/// OFFICIAL-SENSITIVE health records; every record has a random key, as stored records do.
/// </summary>
public sealed class ProblemsDisclosureFixture : ProblemsFixture
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Execute("""
            INSERT INTO incidents (location, occurred_from, exploitation_type, victim_age_group, source_agency, source_reference,
                location_precision, sensitivity, record_key)
            SELECT ST_SetSRID(ST_MakePoint(c.x + (r % 7) * 10 - 30, c.y + (r % 5) * 10 - 20), 27700),
                now() - interval '1 hour' - ((r * 11 + c.n * 7) % 85) * interval '1 day',
                (ARRAY['labour', 'sexual', 'child_criminal_exploitation'])[1 + (r + c.n) % 3], CASE WHEN r % 4 = 0 THEN 'child' ELSE 'adult' END,
                (ARRAY['police', 'council', 'health', 'housing'])[1 + (r + c.n) % 4], gen_random_uuid()::text, 'exact',
                CASE WHEN c.n = 6 AND r <= 2 THEN 'official_sensitive' ELSE 'official' END, floor(random() * 256)
            FROM (VALUES (414150, 416150, 1), (414250, 416150, 2), (414350, 416450, 3), (414450, 416450, 4), (414550, 416550, 5),
                         (414650, 416650, 6), (414750, 416750, 7), (414850, 416850, 9), (414450, 416850, 12), (414150, 416950, 15),
                         (415250, 416550, 3), (415250, 416650, 8), (413750, 416350, 11),
                         (420050, 410050, 2), (420150, 410050, 6), (420250, 410150, 14)) c (x, y, n),
                generate_series(1, c.n) r
            """);
    }
}

public sealed class ProblemsDisclosureTests(ProblemsDisclosureFixture app) : IClassFixture<ProblemsDisclosureFixture>
{
    private const string Map = "query($f: IncidentFilter) { incidentMap(filter: $f) { fullRecords generalisedRecords { value } } }";

    /// <summary>What the viewer's map counts for a filter: records in full plus the cells' shown counts.</summary>
    private static async Task<long> Mapped(HttpClient client, object filter)
    {
        var map = (await client.Data(Map, new { f = filter }))["incidentMap"]!;
        return map["fullRecords"]!.GetValue<long>() + map["generalisedRecords"]!["value"]!.GetValue<long>();
    }

    private static long Value(JsonNode count) => count["value"]?.GetValue<long>() ?? 0;

    private static string Iso(DateTime t) => t.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'");

    private async Task<(string GroupId, string PlanId)> Plan(object? details = null)
    {
        var groupId = await app.CreateGroup();
        using var police = await app.SignedIn("analyst.police");
        return (groupId, (await app.CreatePlan(police, groupId, details: details))["id"]!.GetValue<string>());
    }

    // Attack: difference the board's monthly count in the plans' areas against the map to learn what a withheld cell holds.
    [Fact]
    public async Task A_partners_board_counts_in_plan_areas_are_their_maps_month_by_month_and_never_hold_a_withheld_cell()
    {
        await Plan();
        using var housing = await app.SignedIn("partner.housing");
        var board = (await housing.Data("query($from: DateOnly!, $to: DateOnly!) { boardReport(from: $from, to: $to) { figures { section breakdown count { value display } } } }",
            new { from = ProblemsFixture.Day(-100), to = ProblemsFixture.Day(0) }))["boardReport"]!["figures"]!.AsArray()
            .Where(f => f!["section"]!.GetValue<string>() == "Incidents in plan areas").ToList();
        Assert.NotEmpty(board);
        Assert.Contains(board, f => f!["count"]!["display"]!.GetValue<string>().Contains("<5"));
        foreach (var figure in board)
        {
            var month = DateTime.ParseExact(figure!["breakdown"]!.GetValue<string>() + "-01", "yyyy-MM-dd", null).ToUniversalTime().Date;
            var mapped = await Mapped(housing, new { areaId = app.HotspotAreaId.ToString(), from = Iso(month), to = Iso(month.AddMonths(1)) });
            Assert.Equal(mapped, Value(figure["count"]!));
        }
    }

    // Attack: a board figure by exploitation type that counted every record behind the cells would give away the withheld ones.
    [Fact]
    public async Task A_partners_board_counts_by_type_are_their_maps_filtered_to_that_type()
    {
        using var health = await app.SignedIn("partner.health");
        var (from, to) = (DateTime.UtcNow.Date.AddDays(-100), DateTime.UtcNow.Date);
        var figures = (await health.Data("query($from: DateOnly!, $to: DateOnly!) { boardReport(from: $from, to: $to) { figures { section measure breakdown count { value } } } }",
            new { from = from.ToString("yyyy-MM-dd"), to = to.ToString("yyyy-MM-dd") }))["boardReport"]!["figures"]!.AsArray()
            .Where(f => f!["measure"]!.GetValue<string>() == "by exploitation type").ToList();
        Assert.Equal(3, figures.Count);
        foreach (var figure in figures)
        {
            var type = figure!["breakdown"]!.GetValue<string>().ToUpperInvariant().Replace(' ', '_');
            Assert.Equal(await Mapped(health, new { exploitationTypes = new[] { type }, from = Iso(from), to = Iso(to.AddDays(1)) }), Value(figure["count"]!));
        }
    }

    // Attack: read the agenda's "new incidents" and its baseline for a plan to learn how many records sit in the plan's
    // withheld cells, now or in the weeks before the plan began.
    [Fact]
    public async Task A_partners_agenda_counts_what_their_map_shows_since_the_last_meeting_and_in_the_baseline_of_the_plans_type()
    {
        var (groupId, _) = await Plan(new { exploitationType = "SEXUAL" });
        using var housing = await app.SignedIn("partner.housing");
        var agenda = (await housing.Data($"{{ meetingAgenda(groupId: {groupId}) {{ since plansWithNewIncidents {{ newIncidents {{ value display }} baseline {{ value display }} baselineFrom baselineTo }} }} }}"))["meetingAgenda"]!;
        var since = agenda["since"]!.GetValue<string>();
        var item = agenda["plansWithNewIncidents"]!.AsArray().Single()!;
        var shown = item["newIncidents"]!;
        Assert.Equal(await Mapped(housing, new { areaId = app.HotspotAreaId.ToString(), from = since, exploitationTypes = new[] { "SEXUAL" } }), Value(shown));
        Assert.DoesNotMatch(@"^0\b", shown["display"]!.GetValue<string>());

        var (from, to) = (item["baselineFrom"]!.GetValue<string>(), item["baselineTo"]!.GetValue<string>());
        Assert.Equal(since, to);
        var baseline = item["baseline"]!;
        Assert.NotEqual("0", baseline["display"]!.GetValue<string>());
        Assert.Equal(await Mapped(housing, new { areaId = app.HotspotAreaId.ToString(), from, to, exploitationTypes = new[] { "SEXUAL" } }), Value(baseline));
        Assert.DoesNotMatch(@"^0\b", baseline["display"]!.GetValue<string>());
    }

    // Attack: compare the assessment's before and after counts per region with the map to recover records in withheld cells.
    [Fact]
    public async Task A_partners_assessment_counts_each_region_as_their_map_of_that_region_does()
    {
        var (_, planId) = await Plan(new { responseStartedOn = ProblemsFixture.Day(-40) });
        using var housing = await app.SignedIn("partner.housing");
        var a = (await housing.Data($$"""
            { assessPlan(planId: {{planId}}, periodDays: 40) { period { beforeFrom responseStart afterTo }
                target { before { value } after { value } boundary } buffer { before { value } after { value } boundary }
                control { before { value } after { value } boundary } } }
            """))["assessPlan"]!;
        var period = a["period"]!;
        var halves = new[] { ("before", period["beforeFrom"]!, period["responseStart"]!), ("after", period["responseStart"]!, period["afterTo"]!) };
        foreach (var region in new[] { "target", "buffer", "control" })
            foreach (var (half, from, to) in halves)
                Assert.True(await Mapped(housing, new { within = a[region]!["boundary"], from = $"{from}T00:00:00Z", to = $"{to}T00:00:00Z" }) == Value(a[region]![half]!),
                    $"{region} {half}");
    }
}
