using Hotspots.Tests.Api;
using Hotspots.Tests.Visits.Plans;

namespace Hotspots.Tests.Visits.Outcomes;

public sealed class FollowUpFixture : VisitsFixture;

/// <summary>Follow-ups recorded on a visit become actions in the problem-solving workspace, now or once a plan is linked.</summary>
public sealed class FollowUpTests(FollowUpFixture app) : IClassFixture<FollowUpFixture>
{
    private const string Record = """
        mutation($o: VisitOutcomeInput!) { recordVisitOutcome(outcome: $o) { id followUps { what owner actionId waitingReason } } }
        """;

    private static object Outcome(string visitId, string targetId, string what, string owner = "partner.housing", string agency = "housing") => new
    {
        o = new
        {
            idempotencyKey = Guid.NewGuid().ToString(), visitId, visitTargetId = targetId, arrivedAt = "2026-11-03T10:00:00Z",
            leftAt = "2026-11-03T10:30:00Z", peopleSpokenTo = 2,
            followUps = new[] { new { what, owningAgency = agency, owner, dueOn = "2026-12-20" } },
        },
    };

    [Fact]
    public async Task A_follow_up_waits_without_a_plan_and_becomes_an_action_of_the_plan_once_linked()
    {
        using var chair = await app.SignedIn("chair.council");
        var groupId = (await chair.Data("mutation { createGroup(name: \"Car washes\", chair: \"chair.council\", members: [\"analyst.police\", \"partner.housing\", \"enforcement.council\"]) { id } }"))["createGroup"]!["id"]!.GetValue<string>();
        using var analyst = await app.SignedIn("analyst.police");
        var planId = (await analyst.Data("mutation($g: ID!, $a: [ID!]!) { createPlan(groupId: $g, title: \"Car-wash labour exploitation\", areaIds: $a) { id } }",
            new { g = groupId, a = new[] { app.AreaId.ToString() } }))["createPlan"]!["id"]!.GetValue<string>();
        var visit = (await analyst.Data(VisitPlanTests.Plan, VisitPlanTests.PlanFor(app, [new { kind = "RISK_BUSINESS", placeId = app.CarWash }, new { kind = "PREMISES", placeId = app.Hmo }])))["planVisit"]!;
        var visitId = visit["id"]!.GetValue<string>();
        var stops = visit["route"]!.AsArray().Select(s => s!["target"]!["id"]!.GetValue<string>()).ToList();

        using var officer = await app.SignedIn("enforcement.council");
        var waiting = (await officer.Data(Record, Outcome(visitId, stops[0], "Inspect the flat above the car wash")))["recordVisitOutcome"]!["followUps"]![0]!;
        Assert.Null(waiting["actionId"]);
        Assert.Contains("No problem-solving plan", waiting["waitingReason"]!.GetValue<string>());

        await analyst.Data("mutation($id: ID!, $p: ID!) { updateVisit(id: $id, version: 1, changes: { planId: $p }) { planId } }", new { id = visitId, p = planId });
        var made = (await officer.Data(Record, Outcome(visitId, stops[1], "Licensing check of the HMO")))["recordVisitOutcome"]!["followUps"]![0]!;
        Assert.NotNull(made["actionId"]);

        using var housing = await app.SignedIn("partner.housing");
        var mine = (await housing.Data("{ myActions { what planId dueOn status } }"))["myActions"]!.AsArray();
        Assert.Equal(["Inspect the flat above the car wash", "Licensing check of the HMO"], mine.Select(a => a!["what"]!.GetValue<string>()).Order());
        Assert.All(mine, a => Assert.Equal(planId, a!["planId"]!.GetValue<string>()));
        var timeline = (await analyst.Data($"{{ problemSolvingPlan(id: {planId}) {{ timeline {{ kind summary }} }} }}"))["problemSolvingPlan"]!["timeline"]!.AsArray();
        Assert.Equal(2, timeline.Count(e => e!["summary"]!.GetValue<string>().StartsWith($"Follow-up from operation {visitId}")));
    }

    [Fact]
    public async Task A_follow_up_for_someone_outside_the_plans_group_is_kept_with_the_reason()
    {
        using var chair = await app.SignedIn("chair.council");
        var groupId = (await chair.Data("mutation { createGroup(name: \"Nails\", chair: \"chair.council\", members: [\"analyst.police\"]) { id } }"))["createGroup"]!["id"]!.GetValue<string>();
        using var analyst = await app.SignedIn("analyst.police");
        var planId = (await analyst.Data("mutation($g: ID!, $a: [ID!]!) { createPlan(groupId: $g, title: \"Nail bars\", areaIds: $a) { id } }",
            new { g = groupId, a = new[] { app.AreaId.ToString() } }))["createPlan"]!["id"]!.GetValue<string>();
        var visit = (await analyst.Data(VisitPlanTests.Plan, VisitPlanTests.PlanFor(app, [new { kind = "RISK_BUSINESS", placeId = app.NailBar }])))["planVisit"]!;
        var visitId = visit["id"]!.GetValue<string>();
        await analyst.Data("mutation($id: ID!, $p: ID!) { updateVisit(id: $id, version: 1, changes: { planId: $p }) { planId } }", new { id = visitId, p = planId });

        using var officer = await app.SignedIn("enforcement.council");
        var kept = (await officer.Data(Record, Outcome(visitId, visit["route"]![0]!["target"]!["id"]!.GetValue<string>(), "Refer to HMRC")))["recordVisitOutcome"]!["followUps"]![0]!;
        Assert.Null(kept["actionId"]);
        Assert.Contains("housing is not an agency of this group's members", kept["waitingReason"]!.GetValue<string>());
        var (_, body) = await officer.Post(Record, Outcome(visitId, visit["route"]![0]!["target"]!["id"]!.GetValue<string>(), " ", agency: ""));
        Assert.Contains("Each follow-up action needs", body.FirstError());
    }
}
