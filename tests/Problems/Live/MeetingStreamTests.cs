using Hotspots.Tests.Api;
using System.Net;

namespace Hotspots.Tests.Problems.Live;

/// <summary>The live meeting door over HTTP: members hear each committed change in order; others are turned away; both audited.</summary>
public sealed class MeetingStreamTests(ProblemsFixture app) : IClassFixture<ProblemsFixture>
{
    [Fact]
    public async Task A_member_hears_an_action_change_and_an_annotation_by_another_agency_as_they_are_committed()
    {
        var groupId = await app.CreateGroup();
        using var police = await app.SignedIn("analyst.police");
        var planId = (await app.CreatePlan(police, groupId))["id"]!.GetValue<string>();
        using var housing = await app.SignedIn("partner.housing");
        await using var stream = await LiveStream.Open(housing, groupId);

        var action = (await police.Data($$"""
            mutation { assignAction(planId: {{planId}}, what: "Joint visit to the car wash", owningAgency: "housing", owner: "partner.housing",
                dueOn: "{{ProblemsFixture.Day(7)}}", objective: ENFORCEMENT_AND_DIVERSION) { id } }
            """))["assignAction"]!;
        await police.Data($"mutation {{ updateAction(id: {action["id"]}, version: 1, changes: {{ status: IN_PROGRESS }}) {{ id }} }}");
        var pin = await app.PointAt(414500, 416500);
        await police.Data("mutation($planId: ID!, $pin: GeoJSON!) { annotate(planId: $planId, pin: $pin, text: \"Van seen at 6am\") { id } }", new { planId, pin });

        var assigned = await stream.NextChange();
        Assert.Equal("action_assigned", assigned["kind"]!.GetValue<string>());
        Assert.Equal("analyst.police", assigned["by"]!.GetValue<string>());
        Assert.Equal(planId, assigned["planId"]!.ToString());
        Assert.Equal("action_updated", (await stream.NextChange())["kind"]!.GetValue<string>());
        var note = await stream.NextChange();
        Assert.Equal("annotation_added", note["kind"]!.GetValue<string>());
        Assert.Contains("Van seen at 6am", note["summary"]!.GetValue<string>());
        Assert.Equal(1, await app.Scalar<long>($"SELECT count(*) FROM audit_log WHERE username = 'partner.housing' AND action = 'follow meeting' AND subject = 'group:{groupId}'"));
    }

    [Fact]
    public async Task A_refused_change_is_not_heard_and_the_next_committed_one_is()
    {
        var groupId = await app.CreateGroup();
        using var police = await app.SignedIn("analyst.police");
        var planId = (await app.CreatePlan(police, groupId))["id"]!.GetValue<string>();
        await using var stream = await LiveStream.Open(police, groupId);

        var (_, refused) = await police.Post($"mutation {{ updatePlan(id: {planId}, version: 9, changes: {{ title: \"Stale\" }}) {{ id }} }}");
        Assert.NotNull(refused["errors"]);
        await police.Data($"mutation {{ updatePlan(id: {planId}, version: 1, changes: {{ priority: HIGH }}) {{ id }} }}");

        var change = await stream.NextChange();
        Assert.Equal("plan_updated", change["kind"]!.GetValue<string>());
        Assert.Equal("Changed priority.", change["summary"]!.GetValue<string>());
    }

    [Fact]
    public async Task Someone_outside_the_group_and_someone_signed_out_cannot_follow_it_and_the_refusal_is_not_a_stream()
    {
        var groupId = await app.CreateGroup();
        using var health = await app.SignedIn("partner.health");
        using var outsider = await health.GetAsync($"/problems/groups/{groupId}/live");
        Assert.Equal(HttpStatusCode.NotFound, outsider.StatusCode);
        using var anonymous = await app.Anonymous().GetAsync($"/problems/groups/{groupId}/live");
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(0, await app.Scalar<long>($"SELECT count(*) FROM audit_log WHERE action = 'follow meeting' AND subject = 'group:{groupId}'"));
    }

    [Fact]
    public async Task A_member_removed_during_the_meeting_is_told_so_and_hears_nothing_more()
    {
        var groupId = await app.CreateGroup();
        using var police = await app.SignedIn("analyst.police");
        var planId = (await app.CreatePlan(police, groupId))["id"]!.GetValue<string>();
        using var housing = await app.SignedIn("partner.housing");
        await using var stream = await LiveStream.Open(housing, groupId);

        await app.Execute("DELETE FROM group_members WHERE group_id = $1 AND username = 'partner.housing'", long.Parse(groupId));
        await police.Data($"mutation {{ updatePlan(id: {planId}, version: 1, changes: {{ hypothesis: \"One landlord houses the workers\" }}) {{ id }} }}");

        var (name, data) = await stream.Next();
        Assert.Equal("ended", name);
        Assert.DoesNotContain("landlord", data.ToJsonString());
    }
}
