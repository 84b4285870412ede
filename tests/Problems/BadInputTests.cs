using Hotspots.Tests.Api;

namespace Hotspots.Tests.Problems;

public sealed class BadInputTests(ProblemsFixture app) : IClassFixture<ProblemsFixture>
{
    private async Task<(HttpClient Client, string GroupId, string PlanId)> Plan()
    {
        var groupId = await app.CreateGroup();
        var client = await app.SignedIn("analyst.police");
        return (client, groupId, (await app.CreatePlan(client, groupId))["id"]!.GetValue<string>());
    }

    private static async Task<string> Refusal(HttpClient client, string query, object? variables = null) =>
        (await client.Post(query, variables)).Body.FirstError();

    [Fact]
    public async Task An_empty_title_is_refused_and_nothing_is_saved()
    {
        var (client, groupId, _) = await Plan();
        var plans = await app.Scalar<long>("SELECT count(*) FROM plans");
        var events = await app.Scalar<long>("SELECT count(*) FROM plan_events");
        Assert.Contains("title", await Refusal(client, $"mutation {{ createPlan(groupId: {groupId}, title: \"  \", areaIds: [{app.HotspotAreaId}]) {{ id }} }}"));
        Assert.Contains("REDUCE needs a target", await Refusal(client, $"mutation {{ createPlan(groupId: {groupId}, title: \"x\", areaIds: [{app.HotspotAreaId}], details: {{ impact: REDUCE }}) {{ id }} }}"));
        Assert.Equal(plans, await app.Scalar<long>("SELECT count(*) FROM plans"));
        Assert.Equal(events, await app.Scalar<long>("SELECT count(*) FROM plan_events"));
    }

    [Fact]
    public async Task Wards_unknown_areas_and_skipped_steps_are_refused()
    {
        var (client, groupId, planId) = await Plan();
        var district = await app.Scalar<long>("SELECT id FROM areas WHERE kind = 'district'");
        Assert.Contains("hotspot or custom areas", await Refusal(client, $"mutation {{ createPlan(groupId: {groupId}, title: \"x\", areaIds: [{district}]) {{ id }} }}"));
        Assert.Contains("no area 999999", await Refusal(client, $"mutation {{ createPlan(groupId: {groupId}, title: \"x\", areaIds: [999999]) {{ id }} }}"));
        Assert.Contains("next step is ANALYSE", await Refusal(client, $"mutation {{ updatePlan(id: {planId}, version: 1, changes: {{ status: RESPOND }}) {{ id }} }}"));
    }

    [Fact]
    public async Task Actions_due_in_the_past_or_for_an_agency_outside_the_group_are_refused()
    {
        var (client, _, planId) = await Plan();
        string Assign(string agency, string owner, string due) =>
            $"mutation {{ assignAction(planId: {planId}, what: \"Visit\", owningAgency: \"{agency}\", owner: \"{owner}\", dueOn: \"{due}\", objective: ENFORCEMENT_AND_DIVERSION) {{ id }} }}";
        Assert.Contains("in the past", await Refusal(client, Assign("police", "analyst.police", ProblemsFixture.Day(-1))));
        Assert.Contains("glaa is not an agency of this group's members (council, housing, police)", await Refusal(client, Assign("glaa", "enforcement.glaa", ProblemsFixture.Day(3))));
        Assert.Contains("partner.housing works for housing, not police", await Refusal(client, Assign("police", "partner.housing", ProblemsFixture.Day(3))));
        Assert.Contains("empty", await Refusal(client, $"mutation {{ assignAction(planId: {planId}, what: \"\", owningAgency: \"police\", owner: \"analyst.police\", dueOn: \"{ProblemsFixture.Day(1)}\", objective: EVALUATION) {{ id }} }}"));
        Assert.Equal(0, await app.Scalar<long>($"SELECT count(*) FROM plan_actions WHERE plan_id = {planId}"));
    }

    [Fact]
    public async Task An_annotation_outside_the_plan_s_areas_is_refused_with_where_to_put_it()
    {
        var (client, _, planId) = await Plan();
        var outside = await app.PointAt(420000, 420000);
        var message = await Refusal(client, "mutation($planId: ID!, $pin: GeoJSON!) { annotate(planId: $planId, pin: $pin, text: \"here\") { id } }", new { planId, pin = outside });
        Assert.Contains("outside the plan's areas (Huddersfield centre hotspot)", message);
        Assert.Contains("empty", await Refusal(client, "mutation($planId: ID!, $pin: GeoJSON!) { annotate(planId: $planId, pin: $pin, text: \" \") { id } }",
            new { planId, pin = await app.PointAt(414500, 416500) }));
        Assert.Equal(0, await app.Scalar<long>($"SELECT count(*) FROM annotations WHERE plan_id = {planId}"));
    }

    [Fact]
    public async Task A_self_intersecting_polygon_is_refused_with_the_GeoJSON_scalar_s_message()
    {
        using var client = await app.SignedIn("chair.council");
        var message = await Refusal(client, """
            mutation { createCustomArea(name: "Bow tie", boundary: "{\"type\":\"Polygon\",\"coordinates\":[[[-1.64,53.69],[-1.63,53.70],[-1.63,53.69],[-1.64,53.70],[-1.64,53.69]]]}") { id } }
            """);
        Assert.Contains("The geometry is not valid: Self-intersection", message);
        Assert.Equal(0, await app.Scalar<long>("SELECT count(*) FROM areas WHERE kind = 'custom'"));
    }
}
