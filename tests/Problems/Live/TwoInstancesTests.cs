using System.Net;
using Hotspots.Tests.Api;

namespace Hotspots.Tests.Problems.Live;

/// <summary>
/// Two server processes on loopback over one database, as behind a load balancer: a change committed through one
/// reaches a meeting screen following the other, because the instances meet only in PostgreSQL LISTEN/NOTIFY.
/// </summary>
public sealed class TwoInstancesTests(ProblemsFixture app) : IClassFixture<ProblemsFixture>
{
    [Fact]
    public async Task A_change_made_through_one_server_process_reaches_a_member_following_the_meeting_on_another()
    {
        var groupId = await app.CreateGroup();
        await using var first = await ServerProcess.Start(app.ConnectionString);
        await using var second = await ServerProcess.Start(app.ConnectionString);
        Assert.NotEqual(first.ProcessId, second.ProcessId);

        using var housingOnSecond = await second.SignedIn("partner.housing");
        await using var stream = await LiveStream.Open(housingOnSecond, groupId);
        using var policeOnFirst = await first.SignedIn("analyst.police");
        var planId = (await app.CreatePlan(policeOnFirst, groupId, "Hand car wash on Leeds Road"))["id"]!.GetValue<string>();
        var pin = await app.PointAt(414600, 416400);
        await policeOnFirst.Data("mutation($planId: ID!, $pin: GeoJSON!) { annotate(planId: $planId, pin: $pin, text: \"Workers sleep on site\") { id } }", new { planId, pin });

        var created = await stream.NextChange();
        Assert.Equal("plan_created", created["kind"]!.GetValue<string>());
        Assert.Equal(planId, created["planId"]!.ToString());
        var note = await stream.NextChange();
        Assert.Equal("annotation_added", note["kind"]!.GetValue<string>());
        Assert.Contains("Workers sleep on site", note["summary"]!.GetValue<string>());

        // The token the first instance issued is good on the second: both sign with the key kept in the database.
        using var outsiderOnFirst = await first.SignedIn("partner.health");
        using var refused = await outsiderOnFirst.GetAsync(new Uri(second.Address, $"/problems/groups/{groupId}/live"));
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
    }
}
