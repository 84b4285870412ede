using System.Text.Json.Nodes;
using Hotspots.Tests.Api;
using Hotspots.Tests.Visits.Plans;

namespace Hotspots.Tests.Visits.Outcomes;

public sealed class VisitOutcomeTests(PlansFixture app) : IClassFixture<PlansFixture>
{
    private const string Record = """
        mutation($o: VisitOutcomeInput!) { recordVisitOutcome(outcome: $o) { id replayed concernsFound indicators
          victims { ageGroup count } referrals { id kind reference } } }
        """;

    private async Task<(string VisitId, List<JsonNode> Stops)> PlanWith(params (string Kind, long Id)[] places)
    {
        using var analyst = await app.SignedIn("analyst.police");
        var visit = (await analyst.Data(VisitPlanTests.Plan, VisitPlanTests.PlanFor(app, [.. places.Select(p => new { kind = p.Kind, placeId = p.Id })])))["planVisit"]!;
        return (visit["id"]!.GetValue<string>(), visit["route"]!.AsArray().Select(s => s!["target"]!).ToList()!);
    }

    private static object Outcome(string key, string visitId, string targetId, object[]? referrals = null) => new
    {
        o = new
        {
            idempotencyKey = key, visitId, visitTargetId = targetId, arrivedAt = "2026-11-03T10:00:00Z", leftAt = "2026-11-03T10:40:00Z",
            peopleSpokenTo = 4, indicators = new[] { "NO_PPE", "ISOLATION_AND_CONTROL" }, victims = new[] { new { ageGroup = "ADULT", count = 2 } },
            consent = new[] { new { purpose = "NRM_REFERRAL", given = true, people = 1 } }, notices = new[] { "HSE" },
            advice = "Gave the owner GLAA licensing guidance", followUpActions = new[] { "GLAA to check licence" },
            referrals = referrals ?? [new { kind = "NRM", reference = "NRM-2026-0042" }, new { kind = "DUTY_TO_NOTIFY", reference = (string?)null }],
        },
    };

    [Fact]
    public async Task The_same_key_twice_stores_once_and_returns_the_first_result()
    {
        var (visitId, stops) = await PlanWith(("RISK_BUSINESS", app.CarWash));
        using var officer = await app.SignedIn("enforcement.council");
        var key = Guid.NewGuid().ToString();
        var first = (await officer.Data(Record, Outcome(key, visitId, stops[0]["id"]!.GetValue<string>())))["recordVisitOutcome"]!;
        var again = (await officer.Data(Record, Outcome(key, visitId, stops[0]["id"]!.GetValue<string>())))["recordVisitOutcome"]!;
        Assert.False(first["replayed"]!.GetValue<bool>());
        Assert.True(again["replayed"]!.GetValue<bool>());
        Assert.Equal(first["id"]!.GetValue<string>(), again["id"]!.GetValue<string>());
        Assert.True(first["concernsFound"]!.GetValue<bool>());
        Assert.Equal(1, await app.Scalar<long>("SELECT count(*) FROM visit_outcomes WHERE idempotency_key = $1", key));
        Assert.Equal(2, await app.Scalar<long>("SELECT count(*) FROM visit_referrals r JOIN visit_outcomes o ON o.id = r.outcome_id WHERE o.idempotency_key = $1", key));

        var (_, twice) = await officer.Post(Record, Outcome(Guid.NewGuid().ToString(), visitId, stops[0]["id"]!.GetValue<string>()));
        Assert.Contains("already recorded", twice.FirstError());
    }

    [Fact]
    public async Task An_outcome_for_a_target_of_another_operation_or_by_someone_off_the_team_is_refused()
    {
        var (visitId, _) = await PlanWith(("PREMISES", app.Hmo));
        var (_, otherStops) = await PlanWith(("PREMISES", app.House));
        using var officer = await app.SignedIn("enforcement.council");
        var (_, body) = await officer.Post(Record, Outcome(Guid.NewGuid().ToString(), visitId, otherStops[0]["id"]!.GetValue<string>()));
        Assert.Contains("is not part of operation", body.FirstError());
        using var glaa = await app.SignedIn("enforcement.glaa");
        var (_, offTeam) = await glaa.Post(Record, Outcome(Guid.NewGuid().ToString(), visitId, otherStops[0]["id"]!.GetValue<string>()));
        Assert.Contains("Only the team or planner", offTeam.FirstError());
    }

    [Fact]
    public async Task Outcomes_reach_the_map_and_the_next_score_and_NRM_decisions_follow_their_order()
    {
        var (visitId, stops) = await PlanWith(("RISK_BUSINESS", app.NailBar));
        using var officer = await app.SignedIn("enforcement.council");
        var recorded = (await officer.Data(Record, Outcome(Guid.NewGuid().ToString(), visitId, stops[0]["id"]!.GetValue<string>())))["recordVisitOutcome"]!;
        var nrm = recorded["referrals"]!.AsArray().First(r => r!["kind"]!.GetValue<string>() == "NRM")!["id"]!.GetValue<string>();

        using var analyst = await app.SignedIn("analyst.police");
        var map = (await analyst.Data("{ visitedTargetsMap }"))["visitedTargetsMap"]!["features"]!.AsArray();
        var nailBar = map.Single(f => f!["properties"]!["name"]!.GetValue<string>() == "Diamond Nails")!["properties"]!;
        Assert.True(nailBar["concernsFound"]!.GetValue<bool>());
        Assert.Equal(2, nailBar["referralsMade"]!.GetValue<int>());

        var ranking = (await analyst.Data("query($a: TargetAreaInput!) { visitTargets(area: $a) { targets { placeId lastVisitedOn terms { term input points } } } }",
            new { a = new { areaId = app.AreaId } }))["visitTargets"]!["targets"]!.AsArray();
        var terms = ranking.First(t => t!["placeId"]!.GetValue<string>() == app.NailBar.ToString())!["terms"]!.AsArray();
        Assert.Contains(terms, t => t!["term"]!.GetValue<string>() == "previous_outcome" && t["input"]!.GetValue<string>() == "concerns found");

        const string Decide = "mutation($r: ID!, $s: NrmStage!, $d: NrmDecision!, $on: DateOnly!) { recordNrmDecision(referralId: $r, stage: $s, decision: $d, decidedOn: $on) { reasonableGrounds reasonableGroundsOn conclusiveGrounds } }";
        var (_, early) = await officer.Post(Decide, new { r = nrm, s = "CONCLUSIVE_GROUNDS", d = "POSITIVE", on = "2026-11-20" });
        Assert.Contains("follows a positive reasonable-grounds", early.FirstError());
        var rg = (await officer.Data(Decide, new { r = nrm, s = "REASONABLE_GROUNDS", d = "POSITIVE", on = "2026-11-10" }))["recordNrmDecision"]!;
        Assert.Equal("POSITIVE", rg["reasonableGrounds"]!.GetValue<string>());
        var cg = (await officer.Data(Decide, new { r = nrm, s = "CONCLUSIVE_GROUNDS", d = "POSITIVE", on = "2026-11-20" }))["recordNrmDecision"]!;
        Assert.Equal("POSITIVE", cg["conclusiveGrounds"]!.GetValue<string>());
    }

    [Fact]
    public async Task Concerns_found_at_one_address_raise_the_score_of_other_places_at_its_postcode_by_the_linked_address_weight()
    {
        var salon = await app.Scalar<long>("INSERT INTO risk_businesses (name, sector, address, postcode, location) VALUES ('Gloss Nails', 'nail_bar', '4 Kirk Street', 'HD1 4KS', ST_SetSRID(ST_MakePoint(414300, 416300), 27700)) RETURNING id");
        var flat = await app.Scalar<long>("INSERT INTO premises (address, postcode, use, location) VALUES ('Flat 1, 4 Kirk Street', 'hd14ks', 'hmo', ST_SetSRID(ST_MakePoint(414302, 416302), 27700)) RETURNING id");
        using var analyst = await app.SignedIn("analyst.police");
        async Task<JsonNode> LinkedTerm(long placeId, string kind)
        {
            var targets = (await analyst.Data("query($a: TargetAreaInput!) { visitTargets(area: $a, first: 200) { targets { kind placeId score terms { term input weight points } } } }",
                new { a = new { areaId = app.AreaId } }))["visitTargets"]!["targets"]!.AsArray();
            var target = targets.Single(t => t!["placeId"]!.GetValue<string>() == placeId.ToString() && t["kind"]!.GetValue<string>() == kind)!;
            return target["terms"]!.AsArray().Single(t => t!["term"]!.GetValue<string>() == "linked_addresses")!;
        }
        Assert.Equal("0 at hd14ks (counted up to 3)", (await LinkedTerm(flat, "PREMISES"))["input"]!.GetValue<string>());

        var (visitId, stops) = await PlanWith(("RISK_BUSINESS", salon));
        using var officer = await app.SignedIn("enforcement.council");
        await officer.Data(Record, Outcome(Guid.NewGuid().ToString(), visitId, stops[0]["id"]!.GetValue<string>()));

        var term = await LinkedTerm(flat, "PREMISES");
        Assert.Equal("1 at hd14ks (counted up to 3)", term["input"]!.GetValue<string>());
        Assert.Equal(3, term["weight"]!.GetValue<double>());
        Assert.Equal(3, term["points"]!.GetValue<double>());
        // The salon's own concerns count in its previous-outcome term, not as a link to itself.
        Assert.Equal(0, (await LinkedTerm(salon, "RISK_BUSINESS"))["points"]!.GetValue<double>());
    }
}
