using System.Net;
using System.Text.Json.Nodes;
using DocumentFormat.OpenXml.Packaging;
using Hotspots.Tests.Api;

namespace Hotspots.Tests.Problems.Board;

/// <summary>The board report: exact figures of the partnership's work, people-counts withheld for partners, CSV and XLSX the same.</summary>
public sealed class BoardReportTests(ProblemsFixture app) : IClassFixture<ProblemsFixture>
{
    private const string Query = "query($from: DateOnly!, $to: DateOnly!) { boardReport(from: $from, to: $to) { smallNumbersWithheld figures { section measure breakdown count { value display } } } }";

    private static string Figure(JsonNode report, string measure, string breakdown = "") =>
        report["figures"]!.AsArray().Single(f => f!["measure"]!.GetValue<string>() == measure && f["breakdown"]!.GetValue<string>() == breakdown)!["count"]!["display"]!.GetValue<string>();

    [Fact]
    public async Task Plans_and_actions_are_counted_by_stage_agency_and_objective_and_incident_counts_are_withheld_from_partners()
    {
        var groupId = await app.CreateGroup("Board");
        using var police = await app.SignedIn("analyst.police");
        var planId = (await app.CreatePlan(police, groupId))["id"]!.GetValue<string>();
        foreach (var what in new[] { "Joint visit", "Leaflet drop" })
        {
            var id = (await police.Data($$"""
                mutation { assignAction(planId: {{planId}}, what: "{{what}}", owningAgency: "housing", owner: "partner.housing",
                    dueOn: "{{ProblemsFixture.Day(3)}}", objective: PREVENTION_AND_EARLY_RESOLUTION) { id } }
                """))["assignAction"]!["id"]!.GetValue<string>();
            if (what == "Joint visit") await police.Data($"mutation {{ updateAction(id: {id}, version: 1, changes: {{ status: DONE }}) {{ id }} }}");
        }
        // Three police incidents inside the plan's area this month: below the threshold of 5.
        await app.Execute("""
            INSERT INTO incidents (source_agency, source_reference, occurred_from, location, exploitation_type, victim_age_group,
                location_precision, sensitivity)
            SELECT 'police', 'BR-' || g, greatest(date_trunc('month', now()), now() - interval '1 hour'),
                ST_SetSRID(ST_MakePoint(414500, 416500), 27700), 'labour', 'adult', 'exact', 'official'
            FROM generate_series(1, 3) g
            """);
        var (from, to) = (ProblemsFixture.Day(-30), ProblemsFixture.Day(30));
        var month = DateTime.UtcNow.ToString("yyyy-MM");

        var analyst = (await police.Data(Query, new { from, to }))["boardReport"]!;
        Assert.False(analyst["smallNumbersWithheld"]!.GetValue<bool>());
        Assert.Equal("1", Figure(analyst, "done on time", "housing / Prevention And Early Resolution"));
        Assert.Equal("1", Figure(analyst, "open, not yet due", "housing / Prevention And Early Resolution"));
        Assert.Equal("3", Figure(analyst, "by month", month));

        using var housing = await app.SignedIn("partner.housing");
        var partner = (await housing.Data(Query, new { from, to }))["boardReport"]!;
        Assert.True(partner["smallNumbersWithheld"]!.GetValue<bool>());
        Assert.Equal("<5 in 1 cell", Figure(partner, "by month", month)); // the map's withheld cell, said to be there, never added
        Assert.Equal("1", Figure(partner, "done on time", "housing / Prevention And Early Resolution"));
        Assert.True(await app.Scalar<long>("SELECT count(*) FROM audit_log WHERE username = 'partner.housing' AND action = 'read board report'") >= 1);

        using var csv = await housing.GetAsync($"/problems/board-report.csv?from={from}&to={to}");
        var text = await csv.Content.ReadAsStringAsync();
        Assert.Contains($"Incidents in plan areas,by month,{month},<5", text);
        Assert.Contains("Actions due in period,done on time,housing / Prevention And Early Resolution,1", text);

        using var xlsx = await police.GetAsync($"/problems/board-report.xlsx?from={from}&to={to}");
        using var workbook = SpreadsheetDocument.Open(await xlsx.Content.ReadAsStreamAsync(), false);
        var cells = workbook.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>()
            .Select(r => string.Join("|", r.Elements<DocumentFormat.OpenXml.Spreadsheet.Cell>().Select(c => c.InnerText))).ToList();
        Assert.Contains($"Incidents in plan areas|by month|{month}|3", cells);
    }

    [Fact]
    public async Task A_period_that_ends_before_it_starts_is_refused_in_words()
    {
        using var police = await app.SignedIn("analyst.police");
        var (_, body) = await police.Post(Query, new { from = "2026-05-01", to = "2026-04-01" });
        Assert.Contains("ends (2026-04-01) before it starts", body["errors"]![0]!["message"]!.GetValue<string>());
        using var csv = await police.GetAsync("/problems/board-report.csv?from=2026-05-01&to=2026-04-01");
        Assert.Equal(HttpStatusCode.BadRequest, csv.StatusCode);
    }
}
