using System.Text.Json.Nodes;
using Hotspots.Tests.Api;
using Npgsql;

namespace Hotspots.Tests.Problems;

public sealed class GroupChannelTests(ProblemsFixture app) : IClassFixture<ProblemsFixture>
{
    [Fact]
    public async Task A_committed_change_is_announced_on_the_group_s_channel_for_any_server_instance()
    {
        var groupId = await app.CreateGroup();
        await using var listener = await app.DataSource.OpenConnectionAsync();
        var heard = new List<string>();
        listener.Notification += (_, e) => heard.Add(e.Payload);
        await using (var listen = new NpgsqlCommand($"LISTEN problem_group_{groupId}", listener)) await listen.ExecuteNonQueryAsync();

        using var police = await app.SignedIn("analyst.police");
        var planId = (await app.CreatePlan(police, groupId))["id"]!.GetValue<string>();
        var (_, refused) = await police.Post($"mutation {{ updatePlan(id: {planId}, version: 7, changes: {{ title: \"Stale\" }}) {{ id }} }}");
        Assert.NotNull(refused["errors"]);
        while (await listener.WaitAsync(TimeSpan.FromSeconds(1))) { }

        var notice = Assert.Single(heard);
        var payload = JsonNode.Parse(notice)!;
        Assert.Equal("plan_created", payload["kind"]!.GetValue<string>());
        Assert.Equal("analyst.police", payload["by"]!.GetValue<string>());
        Assert.Equal(planId, payload["planId"]!.ToString());
    }
}
