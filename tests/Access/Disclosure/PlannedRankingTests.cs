using System.Text.Json.Nodes;
using Hotspots.Tests.Api;

namespace Hotspots.Tests.Access.Disclosure;

/// <summary>
/// An operation keeps the ranking it was planned with (on the ranking fixture's four places): analyst.police plans it
/// with enforcement.council, enforcement.glaa and partner.housing on the team; later, 40 incidents are recorded beside the house that ranked last.
/// </summary>
public sealed class PlannedRankingTests(RankingDisclosureFixture app) : IClassFixture<RankingDisclosureFixture>
{
    private const string Planned = "query($id: ID!) { visit(id: $id) { plannedRanking { banded rankedBy targets { rank name score terms { term input points } incidentsByType { exploitationType } } } } }";

    private async Task<string> Plan()
    {
        using var analyst = await app.SignedIn("analyst.police");
        var places = new List<object>();
        foreach (var name in new[] { RankingDisclosureFixture.CarWash, RankingDisclosureFixture.NailBar })
            places.Add(new { kind = "RISK_BUSINESS", placeId = await app.Scalar<long>("SELECT id FROM risk_businesses WHERE name = $1", name) });
        foreach (var address in new[] { RankingDisclosureFixture.Hmo, RankingDisclosureFixture.House })
            places.Add(new { kind = "PREMISES", placeId = await app.Scalar<long>("SELECT id FROM premises WHERE address = $1", address) });
        var visit = await analyst.Data("mutation($plan: VisitPlanInput!) { planVisit(plan: $plan) { id } }", new
        {
            plan = new
            {
                name = "Operation Kestrel", plannedOn = DateTime.Today.AddDays(3).ToString("yyyy-MM-dd"), leadAgency = "police",
                area = new { areaId = app.AreaId.ToString() }, targets = places,
                team = new[]
                {
                    new { username = "enforcement.council", agency = "council", nrmFirstResponder = true },
                    new { username = "enforcement.glaa", agency = "glaa", nrmFirstResponder = false },
                    new { username = "partner.housing", agency = "housing", nrmFirstResponder = false },
                },
            },
        });
        return visit["planVisit"]!["id"]!.GetValue<string>();
    }

    private async Task<JsonNode> Ranking(string username, string id)
    {
        using var client = await app.SignedIn(username);
        return (await client.Data(Planned, new { id }))["visit"]!["plannedRanking"]!;
    }

    private static string Input(JsonNode target) =>
        target["terms"]!.AsArray().Single(t => t!["term"]!.GetValue<string>() == "incidents")!["input"]!.GetValue<string>();

    private static string[] Order(JsonNode ranking) => [.. ranking["targets"]!.AsArray().Select(t => t!["name"]!.GetValue<string>())];

    [Fact]
    public async Task Incidents_recorded_after_planning_neither_reorder_the_operation_nor_change_its_explanation()
    {
        var id = await Plan();
        var analystBefore = await Ranking("analyst.police", id);
        var officerBefore = await Ranking("enforcement.council", id);
        Assert.Equal(RankingDisclosureFixture.House, Order(analystBefore)[^1]);
        Assert.False(analystBefore["banded"]!.GetValue<bool>());
        Assert.True(officerBefore["banded"]!.GetValue<bool>());

        await app.Execute("""
            INSERT INTO incidents (location, occurred_from, exploitation_type, victim_age_group, source_agency, source_reference,
                intelligence_grade, location_precision, sensitivity, record_key)
            SELECT ST_SetSRID(ST_MakePoint(414900 + r % 5, 416900 + r % 3), 27700), now() - r * interval '1 day', 'labour', 'adult', 'police',
                gen_random_uuid()::text, '2B', 'exact', 'official', floor(random() * 256)
            FROM generate_series(1, 40) r
            """);
        // The live ranking moves: without the kept copy the test could not fail.
        using (var analyst = await app.SignedIn("analyst.police"))
        {
            var live = (await analyst.Data("query($a: TargetAreaInput!) { visitTargets(area: $a) { targets { name } } }",
                new { a = new { areaId = app.AreaId.ToString() } }))["visitTargets"]!["targets"]!.AsArray();
            Assert.Equal(RankingDisclosureFixture.House, live[0]!["name"]!.GetValue<string>());
        }
        Assert.Equal(analystBefore.ToJsonString(), (await Ranking("analyst.police", id)).ToJsonString());
        Assert.Equal(officerBefore.ToJsonString(), (await Ranking("enforcement.council", id)).ToJsonString());

        using var officer = await app.SignedIn("enforcement.council");
        var briefing = await officer.GetStringAsync($"/visits/{id}/briefing");
        Assert.Contains("incident pressure: none within 250 m", briefing);
    }

    // Attack: an officer on the team reads the planner's exact figures off the operation or its briefing pack.
    [Fact]
    public async Task An_officer_and_every_reader_but_the_planner_get_only_bands_of_the_planned_ranking()
    {
        var id = await Plan();
        var exact = await Ranking("analyst.police", id);
        var carWash = exact["targets"]!.AsArray().Single(t => t!["name"]!.GetValue<string>() == RankingDisclosureFixture.CarWash)!;
        Assert.Matches(@"^\d+ within 250 m", Input(carWash));
        Assert.NotEmpty(carWash["incidentsByType"]!.AsArray());

        foreach (var reader in new[] { "enforcement.council", "enforcement.glaa", "partner.housing" })
        {
            var ranking = await Ranking(reader, id);
            Assert.True(ranking["banded"]!.GetValue<bool>(), reader);
            foreach (var target in ranking["targets"]!.AsArray())
            {
                Assert.StartsWith("incident pressure: ", Input(target!));
                Assert.Empty(target!["incidentsByType"]!.AsArray());
            }
        }
        using var officer = await app.SignedIn("enforcement.council");
        var briefing = await officer.GetStringAsync($"/visits/{id}/briefing");
        Assert.DoesNotContain(Input(carWash), briefing);
        Assert.Contains("incident pressure: moderate (10–19 nearby, counted in cells)", briefing);
    }
}
