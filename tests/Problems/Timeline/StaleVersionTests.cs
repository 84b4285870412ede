using Hotspots.Tests.Api;

namespace Hotspots.Tests.Problems.Timeline;

/// <summary>Plans and actions carry a version; a change made on an old one is refused with who changed what since.</summary>
public sealed class StaleVersionTests(ProblemsFixture app) : IClassFixture<ProblemsFixture>
{
    [Fact]
    public async Task A_change_on_a_stale_version_is_refused_naming_who_changed_which_fields_and_nothing_is_overwritten()
    {
        using var police = await app.SignedIn("analyst.police");
        var planId = (await app.CreatePlan(police, await app.CreateGroup()))["id"]!.GetValue<string>();
        using var housing = await app.SignedIn("partner.housing");
        await housing.Data($"mutation {{ updatePlan(id: {planId}, version: 1, changes: {{ priority: URGENT, leadOfficer: \"Lee Barker\" }}) {{ version }} }}");
        var message = (await police.Post($"mutation {{ updatePlan(id: {planId}, version: 1, changes: {{ priority: LOW, title: \"Mine\" }}) {{ version }} }}")).Body.FirstError();
        Assert.Contains("you had version 1; it is now version 2", message);
        Assert.Contains("partner.housing (housing) changed priority, leadOfficer at", message);
        Assert.Contains("Nothing was saved", message);
        var plan = (await police.Data($"{{ problemSolvingPlan(id: {planId}) {{ title priority version }} }}"))["problemSolvingPlan"]!;
        Assert.Equal("URGENT", plan["priority"]!.GetValue<string>());
        Assert.Equal(2, plan["version"]!.GetValue<int>());

        var action = (await police.Data($"mutation {{ assignAction(planId: {planId}, what: \"Visit\", owningAgency: \"housing\", owner: \"partner.housing\", dueOn: \"{ProblemsFixture.Day(2)}\", objective: EVALUATION) {{ id }} }}"))["assignAction"]!["id"]!;
        await housing.Data($"mutation {{ updateAction(id: {action}, version: 1, changes: {{ status: IN_PROGRESS }}) {{ version }} }}");
        var stale = (await police.Post($"mutation {{ updateAction(id: {action}, version: 1, changes: {{ status: CANCELLED }}) {{ version }} }}")).Body.FirstError();
        Assert.Contains("partner.housing (housing) changed status", stale);
        Assert.Equal("in_progress", await app.Scalar<string>($"SELECT status FROM plan_actions WHERE id = {action}"));
    }
}
