using Hotspots.Tests.Api;

namespace Hotspots.Tests.Problems.Groups;

public sealed class MembershipTests(ProblemsFixture app) : IClassFixture<ProblemsFixture>
{
    [Fact]
    public async Task Only_members_and_administrators_see_or_change_a_group_s_plans()
    {
        var groupId = await app.CreateGroup();
        using var police = await app.SignedIn("analyst.police");
        var planId = (await app.CreatePlan(police, groupId))["id"]!.GetValue<string>();

        using var outsider = await app.SignedIn("partner.health");
        var seen = await outsider.Data($"{{ problemSolvingPlan(id: {planId}) {{ id }} problemSolvingGroup(id: {groupId}) {{ id }} problemSolvingGroups {{ id }} }}");
        Assert.Null(seen["problemSolvingPlan"]);
        Assert.Null(seen["problemSolvingGroup"]);
        Assert.Empty(seen["problemSolvingGroups"]!.AsArray());
        var (_, body) = await outsider.Post($"mutation {{ updatePlan(id: {planId}, version: 1, changes: {{ title: \"Taken over\" }}) {{ id }} }}");
        Assert.Contains("not a member of the group", body.FirstError());
        (_, body) = await outsider.Post($"{{ assessPlan(planId: {planId}) {{ wdq {{ value }} }} }}");
        Assert.Contains("no plan", body.FirstError());
        (_, body) = await outsider.Post($"{{ meetingAgenda(groupId: {groupId}) {{ groupId }} }}");
        Assert.Contains("no group", body.FirstError());

        using var admin = await app.SignedIn("admin.council");
        Assert.NotNull((await admin.Data($"{{ problemSolvingPlan(id: {planId}) {{ id }} }}"))["problemSolvingPlan"]);
    }

    [Fact]
    public async Task Only_chairs_and_administrators_create_groups_and_members_must_exist()
    {
        using var analyst = await app.SignedIn("analyst.police");
        var (_, body) = await analyst.Post("mutation { createGroup(name: \"Mine\", chair: \"analyst.police\", members: []) { id } }");
        Assert.Contains("Only group chairs and administrators", body.FirstError());
        using var chair = await app.SignedIn("chair.council");
        (_, body) = await chair.Post("mutation { createGroup(name: \"Ghosts\", chair: \"chair.council\", members: [\"nobody.here\"]) { id } }");
        Assert.Contains("There is no account nobody.here", body.FirstError());
        (_, body) = await chair.Post("mutation { createGroup(name: \" \", chair: \"chair.council\", members: []) { id } }");
        Assert.Contains("name", body.FirstError());
        var group = (await chair.Data("mutation { createGroup(name: \"Batley\", chair: \"chair.council\", members: [\"enforcement.glaa\"]) { chair agencies members { username agency } } }"))["createGroup"]!;
        Assert.Equal(["council", "glaa"], group["agencies"]!.AsArray().Select(a => a!.GetValue<string>()).Order().ToArray());
    }
}
