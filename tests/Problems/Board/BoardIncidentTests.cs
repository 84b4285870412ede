using System.Text.Json.Nodes;
using Hotspots.Tests.Api;

namespace Hotspots.Tests.Problems.Board;

/// <summary>The board report's incidents in the period by exploitation type and victim age group: exact for who knows them, as their map counts them for who only counts.</summary>
public sealed class BoardIncidentTests(ProblemsFixture app) : IClassFixture<ProblemsFixture>
{
    private const string Query = "query($from: DateOnly!, $to: DateOnly!) { boardReport(from: $from, to: $to) { figures { section measure breakdown count { display } } } }";

    private static string? Figure(JsonNode report, string measure, string breakdown) =>
        report["figures"]!.AsArray().SingleOrDefault(f => f!["section"]!.GetValue<string>() == "Incidents in period"
            && f["measure"]!.GetValue<string>() == measure && f["breakdown"]!.GetValue<string>() == breakdown)?["count"]!["display"]!.GetValue<string>();

    [Fact]
    public async Task Incidents_by_type_and_age_group_are_exact_for_the_source_analyst_and_as_the_map_counts_them_for_a_partner()
    {
        // January 2020, police records: seven adult labour, two child criminal exploitation; one in December 2019 outside the period.
        await app.Execute("""
            INSERT INTO incidents (source_agency, source_reference, occurred_from, location, exploitation_type, victim_age_group, location_precision, sensitivity)
            SELECT 'police', 'BI-' || g, timestamptz '2020-01-10 12:00Z',
                ST_SetSRID(ST_MakePoint(414500, 416500), 27700), CASE WHEN g <= 7 THEN 'labour' ELSE 'child_criminal_exploitation' END,
                CASE WHEN g <= 7 THEN 'adult' ELSE 'child' END, 'exact', 'official'
            FROM generate_series(1, 9) g
            UNION ALL SELECT 'police', 'BI-before', timestamptz '2019-12-20 12:00Z', ST_SetSRID(ST_MakePoint(414500, 416500), 27700),
                'labour', 'adult', 'exact', 'official'
            """);
        var period = new { from = "2020-01-01", to = "2020-01-31" };

        using var police = await app.SignedIn("analyst.police");
        var analyst = (await police.Data(Query, period))["boardReport"]!;
        Assert.Equal("7", Figure(analyst, "by exploitation type", "Labour"));
        Assert.Equal("2", Figure(analyst, "by exploitation type", "Child Criminal Exploitation"));
        Assert.Equal("7", Figure(analyst, "by victim age group", "Adult"));
        Assert.Equal("2", Figure(analyst, "by victim age group", "Child"));

        using var housing = await app.SignedIn("partner.housing");
        var partner = (await housing.Data(Query, period))["boardReport"]!;
        // The partner's map filtered to each code: one cell of two (withheld) and one of seven (shown as 7: the test
        // database gives every record key 0, so no perturbation).
        Assert.Equal("<5 in 1 cell", Figure(partner, "by exploitation type", "Child Criminal Exploitation"));
        Assert.Equal("<5 in 1 cell", Figure(partner, "by victim age group", "Child"));
        Assert.Equal("7", Figure(partner, "by victim age group", "Adult"));
        Assert.Null(Figure(partner, "by exploitation type", "Sexual"));

        using var csv = await housing.GetAsync($"/problems/board-report.csv?from={period.from}&to={period.to}");
        var text = await csv.Content.ReadAsStringAsync();
        Assert.Contains("Incidents in period,by victim age group,Child,<5", text);
        Assert.DoesNotContain("Incidents in period,by victim age group,Child,2", text);
    }
}
