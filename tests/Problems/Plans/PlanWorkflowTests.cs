using Hotspots.Tests.Api;

namespace Hotspots.Tests.Problems.Plans;

public sealed class PlanWorkflowTests(ProblemsFixture app) : IClassFixture<ProblemsFixture>
{
    [Fact]
    public async Task A_group_plans_on_an_area_annotates_assigns_an_action_and_sees_it_all_in_order_on_the_timeline()
    {
        var groupId = await app.CreateGroup();
        using var police = await app.SignedIn("analyst.police");
        using var housing = await app.SignedIn("partner.housing");
        var plan = await app.CreatePlan(police, groupId, details: new { priority = "HIGH", impact = "REDUCE", targetReductionPercent = 25.0, objective = "Fewer women exploited in flats above shops", dataSources = new[] { "police incidents", "NRM referrals" } });
        var planId = plan["id"]!.GetValue<string>();
        Assert.Equal("SCAN", plan["status"]!.GetValue<string>());
        Assert.Equal(1, plan["version"]!.GetValue<int>());

        var pin = await app.PointAt(414500, 416500);
        var note = (await housing.Data("mutation($planId: ID!, $pin: GeoJSON!) { annotate(planId: $planId, pin: $pin, text: \"Three flats let by one agent\") { id author agency pin } }",
            new { planId, pin }))["annotate"]!;
        Assert.Equal("housing", note["agency"]!.GetValue<string>());
        Assert.Equal("Point", note["pin"]!["type"]!.GetValue<string>());
        var noteId = note["id"]!.GetValue<string>();
        await police.Data($"mutation {{ replyToAnnotation(annotationId: {noteId}, text: \"Two of them came up in incidents\") {{ id }} }}");
        var edited = (await housing.Data($"mutation {{ editAnnotation(annotationId: {noteId}, text: \"Four flats let by one agent\") {{ text editedAt replies {{ text author }} history {{ previousText replacedBy }} }} }}"))["editAnnotation"]!;
        Assert.Equal("Four flats let by one agent", edited["text"]!.GetValue<string>());
        Assert.Equal("Three flats let by one agent", edited["history"]![0]!["previousText"]!.GetValue<string>());
        Assert.Equal("analyst.police", edited["replies"]![0]!["author"]!.GetValue<string>());

        var action = (await police.Data($$"""
            mutation { assignAction(planId: {{planId}}, what: "Visit the letting agent with licensing", owningAgency: "housing", owner: "partner.housing",
                dueOn: "{{ProblemsFixture.Day(14)}}", objective: PARTNERSHIP_PROBLEM_SOLVING) { id status overdue version owner } }
            """))["assignAction"]!;
        Assert.False(action["overdue"]!.GetValue<bool>());
        var updated = (await housing.Data($"mutation {{ updateAction(id: {action["id"]}, version: 1, changes: {{ status: DONE }}) {{ status version completedOn }} }}"))["updateAction"]!;
        Assert.Equal("DONE", updated["status"]!.GetValue<string>());
        Assert.Equal(2, updated["version"]!.GetValue<int>());
        Assert.NotNull(updated["completedOn"]);
        await housing.Data($"mutation {{ commentOnAction(actionId: {action["id"]}, text: \"Agent agreed to checks\") {{ id }} }}");
        var moved = (await police.Data($"mutation {{ updatePlan(id: {planId}, version: 1, changes: {{ status: ANALYSE, hypothesis: \"One agent houses the victims\" }}) {{ version status analysis {{ hypothesis }} }} }}"))["updatePlan"]!;
        Assert.Equal(2, moved["version"]!.GetValue<int>());

        var timeline = (await housing.Data($"{{ problemSolvingPlan(id: {planId}) {{ timeline {{ kind username fields }} actions {{ comments {{ text }} }} annotations {{ replies {{ id }} }} }} }}"))["problemSolvingPlan"]!;
        Assert.Equal(
            ["PLAN_CREATED analyst.police", "ANNOTATION_ADDED partner.housing", "ANNOTATION_REPLIED analyst.police", "ANNOTATION_EDITED partner.housing",
             "ACTION_ASSIGNED analyst.police", "ACTION_UPDATED partner.housing", "ACTION_COMMENTED partner.housing", "PLAN_UPDATED analyst.police"],
            timeline["timeline"]!.AsArray().Select(e => $"{e!["kind"]} {e["username"]}").ToArray());
        Assert.Equal(["status", "hypothesis"], timeline["timeline"]![7]!["fields"]!.AsArray().Select(f => f!.GetValue<string>()).ToArray());
        Assert.Single(timeline["actions"]![0]!["comments"]!.AsArray());
        Assert.Equal(8, await app.Scalar<long>($"SELECT count(*) FROM audit_log WHERE detail->>'planId' = '{planId}'"));
    }

    [Fact]
    public async Task A_custom_area_can_be_drawn_and_planned_on()
    {
        var groupId = await app.CreateGroup("Dewsbury car washes");
        using var chair = await app.SignedIn("chair.council");
        var area = (await chair.Data("""
            mutation { createCustomArea(name: "Bradford Road car washes",
              boundary: "{\"type\":\"Polygon\",\"coordinates\":[[[-1.64,53.69],[-1.63,53.69],[-1.63,53.70],[-1.64,53.70],[-1.64,53.69]]]}") { id kind squareMetres } }
            """))["createCustomArea"]!;
        Assert.Equal("CUSTOM", area["kind"]!.GetValue<string>());
        var plan = (await chair.Data("mutation($g: ID!, $a: ID!) { createPlan(groupId: $g, title: \"Car washes\", areaIds: [$a]) { areas { id name } } }",
            new { g = groupId, a = area["id"]!.GetValue<string>() }))["createPlan"]!;
        Assert.Equal("Bradford Road car washes", plan["areas"]![0]!["name"]!.GetValue<string>());
    }
}
