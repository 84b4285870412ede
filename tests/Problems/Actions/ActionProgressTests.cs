using Hotspots.Tests.Api;

namespace Hotspots.Tests.Problems.Actions;

/// <summary>Update notes with a red/amber/green status, as the partnership's action trackers keep them.</summary>
public sealed class ActionProgressTests(ProblemsFixture app) : IClassFixture<ProblemsFixture>
{
    private const string Fields = "id version rag ownerName latestNote { text authorName rag } comments { text rag }";

    [Fact]
    public async Task An_update_with_a_rag_marks_the_action_moves_its_version_on_and_a_plain_note_keeps_the_status()
    {
        var groupId = await app.CreateGroup("Action trackers");
        using var police = await app.SignedIn("analyst.police");
        var planId = (await app.CreatePlan(police, groupId))["id"]!.GetValue<string>();
        var action = (await police.Data($"mutation {{ assignAction(planId: {planId}, what: \"Visit the flats with housing\", owningAgency: \"housing\", owner: \"partner.housing\", dueOn: \"{ProblemsFixture.Day(10)}\", objective: ENFORCEMENT_AND_DIVERSION) {{ {Fields} }} }}"))["assignAction"]!;
        Assert.Null(action["rag"]);
        Assert.Null(action["latestNote"]);
        Assert.Equal("Lee Barker (housing)", action["ownerName"]!.GetValue<string>());
        var id = action["id"]!.GetValue<string>();

        using var housing = await app.SignedIn("partner.housing");
        var amber = (await housing.Data($"mutation {{ commentOnAction(actionId: {id}, text: \"Landlord not answering; second letter sent\", rag: AMBER) {{ {Fields} }} }}"))["commentOnAction"]!;
        Assert.Equal("AMBER", amber["rag"]!.GetValue<string>());
        Assert.Equal(2, amber["version"]!.GetValue<int>());
        Assert.Equal("Lee Barker (housing)", amber["latestNote"]!["authorName"]!.GetValue<string>());

        var plain = (await police.Data($"mutation {{ commentOnAction(actionId: {id}, text: \"Police can attend on the 12th\") {{ {Fields} }} }}"))["commentOnAction"]!;
        Assert.Equal("AMBER", plain["rag"]!.GetValue<string>());
        Assert.Equal(2, plain["version"]!.GetValue<int>());
        Assert.Equal("Police can attend on the 12th", plain["latestNote"]!["text"]!.GetValue<string>());
        Assert.Null(plain["latestNote"]!["rag"]);
        Assert.Equal(["AMBER", null], plain["comments"]!.AsArray().Select(c => c!["rag"]?.GetValue<string>()));

        // An edit on the version read before the amber update is refused, naming who reported it.
        var stale = (await police.Post($"mutation {{ updateAction(id: {id}, version: 1, changes: {{ status: IN_PROGRESS }}) {{ id }} }}")).Body.FirstError();
        Assert.Contains("partner.housing (housing) changed rag", stale);
        var empty = (await housing.Post($"mutation {{ commentOnAction(actionId: {id}, text: \"  \", rag: RED) {{ id }} }}")).Body.FirstError();
        Assert.Contains("The update note is empty", empty);
        Assert.Equal("amber", await app.Scalar<string>($"SELECT rag FROM plan_actions WHERE id = {id}"));
        var timeline = await app.Scalar<string>($"SELECT summary FROM plan_events WHERE subject = 'action:{id}' AND kind = 'action_commented' ORDER BY id LIMIT 1");
        Assert.Equal("Reported amber on \"Visit the flats with housing\" with an update note.", timeline);
    }
}
