using System.Collections.Concurrent;
using Hotspots.Tests.Api;

namespace Hotspots.Tests.Problems.Meetings;

/// <summary>
/// The server as its own process, killed with SIGKILL while users record meetings: every meeting in the database is
/// whole (all its decisions, its audit entry), every meeting the server acknowledged is there, and nothing else is.
/// </summary>
public sealed class MeetingKillTests(ProblemsFixture app) : IClassFixture<ProblemsFixture>
{
    private const int Decisions = 40;

    [Fact]
    public async Task A_server_killed_with_sigkill_during_meeting_writes_leaves_only_whole_meetings()
    {
        var groupId = await app.CreateGroup("Killed server");
        // Four writers as fast as they can go: well above the per-user rate limit a real server keeps.
        await using var server = await ServerProcess.Start(app.ConnectionString, ("Hotspots:ApiRequestsPerSecond", "100000"));
        using var http = await server.SignedIn("chair.council", TimeSpan.FromSeconds(20));

        var acknowledged = new ConcurrentBag<long>();
        string? lastRefusal = null;
        var record = """
            mutation($groupId: ID!, $heldAt: DateTimeOffset!, $decisions: [String!]!) {
              recordMeeting(groupId: $groupId, heldAt: $heldAt, attendees: ["chair.council", "analyst.police"], minutes: "Weekly", decisions: $decisions) { id }
            }
            """;
        var writers = Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
        {
            for (var i = 0; ; i++)
            {
                try
                {
                    var (_, body) = await http.Post(record, new
                    {
                        groupId, heldAt = DateTime.UtcNow.ToString("O"), decisions = Enumerable.Range(1, Decisions).Select(d => $"Writer {w} meeting {i} decision {d}"),
                    });
                    if (body["data"]?["recordMeeting"]?["id"] is { } id) acknowledged.Add(long.Parse(id.GetValue<string>()));
                    else lastRefusal = body.ToJsonString();
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    return;  // the server is gone
                }
            }
        })).ToArray();
        // Bounded: a write that is always refused would otherwise keep this test waiting for ever.
        var giveUp = DateTime.UtcNow.AddMinutes(2);
        while (acknowledged.Count < 20)
        {
            Assert.True(DateTime.UtcNow < giveUp, $"only {acknowledged.Count} meetings saved in 2 minutes; the last answer: {lastRefusal}");
            await Task.Delay(20);
        }
        await server.Kill();
        await Task.WhenAll(writers).WaitAsync(TimeSpan.FromSeconds(30));

        var meetings = await app.Scalar<long>("SELECT count(*) FROM meetings");
        Assert.True(meetings >= acknowledged.Count, $"{meetings} meetings stored but {acknowledged.Count} acknowledged");
        Assert.Equal(0L, await app.Scalar<long>($"SELECT count(*) FROM meetings WHERE cardinality(decisions) <> {Decisions} OR cardinality(attendees) <> 2"));
        Assert.Equal(0L, await app.Scalar<long>("""
            SELECT count(*) FROM meetings m
            WHERE (SELECT count(*) FROM audit_log a WHERE a.action = 'record meeting' AND a.subject = 'meeting:' || m.id) <> 1
            """));
        Assert.Equal(meetings, await app.Scalar<long>("SELECT count(*) FROM audit_log WHERE action = 'record meeting'"));
        Assert.Equal(0L, await app.Scalar<long>("SELECT count(*) FROM unnest($1::bigint[]) a(id) WHERE NOT EXISTS (SELECT FROM meetings WHERE id = a.id)",
            acknowledged.ToArray()));
    }
}
