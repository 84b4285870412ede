using System.Text.Json.Nodes;

namespace Hotspots.Tests.Access.Matrix;

/// <summary>
/// Operations. The police operation is planned by analyst.police with enforcement.glaa and partner.housing on its team;
/// the council one by analyst.council with enforcement.council. Own: the one led by the viewer's agency or with the
/// viewer on its team (police for police, glaa and housing; council for council; health and voluntary are on neither,
/// so their own is the council one); Other: the other operation.
/// </summary>
public static class VisitRules
{
    public static NeedToKnowMatrixFixture.Operation Operation(Probe p) =>
        (p.Relation == Relation.Own) == (p.Agency is "police" or "glaa" or "housing") ? p.App.PoliceOperation : p.App.CouncilOperation;

    private const string SeeOperation = """
        own other
        dpo.police         empty empty
        admin.council      empty empty
        partner.health     empty empty
        partner.voluntary  empty empty
        *                  full  empty
        """;

    private const string Planners = """
        any
        analyst.*      full
        enforcement.*  full
        chair.*        full
        *              refused
        """;

    /// <summary>Changes by planners, to an operation they may see.</summary>
    private const string PlannersOfTheirOwn = """
        own other
        dpo.police       refused:role refused:role
        admin.council    refused:role refused:role
        partner.*        refused:role refused:role
        *                done         refused:unseen
        """;

    private const string NotPlanner = "Visit planning is for analysts, enforcement officers and group chairs";

    public static IEnumerable<FieldRule> Rules() =>
    [
        new("visit", SeeOperation, p => p.Ask($"{{ visit(id: {Operation(p).Id}) {{ name team {{ username }} }} }}", null,
            d => Answers.Present(d["visit"], "name", $"Operation {Operation(p).LeadAgency}"))),
        new("visits", SeeOperation, p => p.Ask("{ visits { id } }", null, d => Answers.Lists(d["visits"], Operation(p).Id))),
        new("GET /visits/{id}/briefing", SeeOperation, p => Export(p, "briefing")),
        new("GET /visits/{id}/route.gpx", SeeOperation, p => Export(p, "route.gpx")),
        new("GET /visits/{id}/route.geojson", SeeOperation, p => Export(p, "route.geojson")),
        new("GET /visits/{id}/route.csv", SeeOperation, p => Export(p, "route.csv")),
        new("visitTargets", Planners, p => p.Ask("query($a: TargetAreaInput!) { visitTargets(area: $a) { targets { placeId } } }", new { a = new { areaId = p.App.AreaId } },
            d => Answers.Lists(d["visitTargets"]!["targets"], p.App.RiskBusinessId.ToString(), "placeId")), NotPlanner),
        new("visitTeamChoices", Planners, p => p.Ask("{ visitTeamChoices { username } }", null,
            d => Answers.Lists(d["visitTeamChoices"], "enforcement.glaa", "username")), NotPlanner),
        // The planner reads their exact copy, everyone else who sees the operation a banded one (of their agency).
        new("visit.plannedRanking", """
            own         other
            dpo.police         empty       empty
            admin.council      empty       empty
            partner.health     empty       empty
            partner.voluntary  empty       empty
            analyst.police     full        empty
            analyst.council    full        empty
            *                  generalised empty
            """, p => p.Ask($"{{ visit(id: {Operation(p).Id}) {{ plannedRanking {{ banded targets {{ placeId }} }} }} }}", null,
            d => d["visit"]?["plannedRanking"] is not { } r ? "empty" : r["targets"]!.AsArray().Count == 0 ? "no targets"
                : r["banded"]!.GetValue<bool>() ? "generalised" : "full")),
        // Only what the operations the viewer may see found (as visit): none of the planners sees the other operation.
        new("visitedTargetsMap", """
            own other
            analyst.*      full    empty
            enforcement.*  full    empty
            chair.*        full    empty
            *              refused refused
            """, p => p.Ask($"{{ visitedTargetsMap(areaId: {p.App.AreaId}) }}", null,
            d => d["visitedTargetsMap"]!["features"]!.AsArray().Any(f => f!["properties"]!["visitId"]!.ToString() == Operation(p).Id) ? "full" : "empty"), NotPlanner),

        new("nrmReferrals", """
            own other
            dpo.police       refused refused
            admin.council    refused refused
            partner.*        refused refused
            *                full    empty
            """, p => p.Ask("{ nrmReferrals { referral { id } } }", null,
            d => d["nrmReferrals"]!.AsArray().Any(n => n!["referral"]!["id"]!.ToString() == Operation(p).ReferralId) ? "full" : "empty"), NotPlanner),

        new("planVisit", Planners.Replace("full", "done"), p => p.Ask("mutation($plan: VisitPlanInput!) { planVisit(plan: $plan) { id } }", new
        {
            plan = new { name = "Operation Nail", plannedOn = "2026-12-01", leadAgency = p.Agency, area = new { areaId = p.App.AreaId }, targets = new[] { new { kind = "PREMISES", placeId = p.App.PremisesId } } },
        }, d => Answers.Done(d["planVisit"])), NotPlanner, Changes: true),
        new("updateVisit", PlannersOfTheirOwn, async p => await p.Ask("mutation($id: ID!, $v: Int!) { updateVisit(id: $id, version: $v, changes: { theme: \"Car washes\" }) { id } }",
            new { id = Operation(p).Id, v = await p.App.Scalar<int>("SELECT version FROM visits WHERE id = $1", long.Parse(Operation(p).Id)) },
            d => Answers.Done(d["updateVisit"])), $"role={NotPlanner}|unseen=you may change", Changes: true),
        new("addVisitTargets", PlannersOfTheirOwn, p => p.Ask($"mutation {{ addVisitTargets(visitId: {Operation(p).Id}, targets: [{{ kind: PREMISES, placeId: {p.App.PremisesId} }}]) {{ id }} }}", null,
            d => Answers.Done(d["addVisitTargets"])), $"role={NotPlanner}|unseen=you may change", Changes: true),
        // Own links the viewer's agency's OFFICIAL-SENSITIVE record: analysts see it in full; enforcement.council does
        // once analyst.council has linked it to the council operation; the chair and enforcement.glaa never do.
        new("linkVisitIncidents", """
            own other
            dpo.police           refused:role refused:role
            admin.council        refused:role refused:role
            partner.*            refused:role refused:role
            analyst.*            done         refused:unseen
            enforcement.council  done         refused:unseen
            *                    refused:full refused:unseen
            """, p => p.Ask($"mutation {{ linkVisitIncidents(visitId: {Operation(p).Id}, incidentIds: [{p.App.Sensitive[p.Agency]}]) {{ id }} }}", null,
            d => Answers.Done(d["linkVisitIncidents"])), $"role={NotPlanner}|unseen=you may change|full=Only incidents you may see in full", Changes: true),
        new("recordVisitOutcome", """
            own other
            analyst.police       done refused
            enforcement.glaa     done refused
            partner.housing      done refused
            analyst.council      done refused
            enforcement.council  done refused
            *                    refused refused
            """, async p => await p.Ask("mutation($o: VisitOutcomeInput!) { recordVisitOutcome(outcome: $o) { id } }", new
            {
                o = new { idempotencyKey = Guid.NewGuid().ToString(), visitId = Operation(p).Id, visitTargetId = await FreeStop(p),
                    arrivedAt = "2026-11-01T11:00:00Z", leftAt = "2026-11-01T11:30:00Z", peopleSpokenTo = 1 },
            }, d => Answers.Done(d["recordVisitOutcome"])), "Only the team or planner of operation", Changes: true),
        new("recordNrmDecision", """
            own other
            dpo.police       refused:role refused:role
            admin.council    refused:role refused:role
            partner.*        refused:role refused:role
            *                done         refused:unseen
            """, p => p.Ask(
            $"mutation {{ recordNrmDecision(referralId: {Operation(p).ReferralId}, stage: REASONABLE_GROUNDS, decision: POSITIVE, decidedOn: \"{DateTime.UtcNow:yyyy-MM-dd}\") {{ id }} }}", null,
            d => Answers.Done(d["recordNrmDecision"])), $"role={NotPlanner}|unseen=you may update", Changes: true),
        new("setReferralReference", """
            own other
            dpo.police       refused:role refused:role
            admin.council    refused:role refused:role
            partner.*        refused:role refused:role
            *                done         refused:unseen
            """, p => p.Ask($"mutation {{ setReferralReference(referralId: {Operation(p).ReferralId}, reference: \"NRM-LATER-1\") {{ id }} }}", null,
            d => Answers.Done(d["setReferralReference"])), $"role={NotPlanner}|unseen=you may update", Changes: true),
        new("setRiskWeight", """
            any
            admin.council  done
            *              refused
            """, async p => await p.Ask("mutation($t: String!, $c: String!) { setRiskWeight(term: $t, code: $c, weight: 2) { weight } }",
            new { t = await p.App.Scalar<string>("SELECT term FROM visit_risk_weights ORDER BY term, code LIMIT 1"), c = await p.App.Scalar<string>("SELECT code FROM visit_risk_weights ORDER BY term, code LIMIT 1") },
            d => Answers.Done(d["setRiskWeight"])), "Only an administrator", Changes: true),
    ];

    private static Task<long> FreeStop(Probe p) => p.App.Scalar<long>(
        "SELECT min(t.id) FROM visit_targets t WHERE t.visit_id = $1 AND NOT EXISTS (SELECT 1 FROM visit_outcomes o WHERE o.visit_target_id = t.id)",
        long.Parse(Operation(p).Id));

    /// <summary>The briefing pack and route exports: the operation's name in the file, or nothing (404) for those who may not see it.</summary>
    private static async Task<string> Export(Probe p, string what)
    {
        var operation = Operation(p);
        using var response = await p.Client.GetAsync($"/visits/{operation.Id}/{what}");
        if (response.StatusCode == System.Net.HttpStatusCode.NotFound) return "empty";
        if (!response.IsSuccessStatusCode) return $"refused: {(int)response.StatusCode}";
        var text = await response.Content.ReadAsStringAsync();
        return text.Contains("OFFICIAL-SENSITIVE") && (what == "route.csv" || text.Contains($"Operation {operation.LeadAgency}")) ? "full" : "unmarked or unnamed";
    }
}
