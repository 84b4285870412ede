using System.Diagnostics;
using Hotspots.Tests.Api;
using Hotspots.Tests.Problems;
using Microsoft.AspNetCore.Hosting;
using Npgsql;

namespace Hotspots.Tests.Database;

/// <summary>The server with a 2 s command timeout, so a stuck database is answered in seconds.</summary>
public sealed class SlowDatabaseApp : ProblemsFixture
{
    protected override void Configure(IWebHostBuilder web) => web.UseSetting("Hotspots:Database:CommandTimeoutSeconds", "2");
}

/// <summary>
/// A slow database, made by a test that holds a lock the request needs: the request is answered with a sentence
/// within the command timeout instead of hanging, changes nothing, and the same server answers once the lock goes.
/// </summary>
public sealed class SlowDatabaseTests(SlowDatabaseApp app) : IClassFixture<SlowDatabaseApp>
{
    private const string TimedOut = "The database did not answer within 2 s, so the request was stopped and changed nothing. Try a narrower filter or again shortly.";

    [Fact]
    public async Task A_map_read_behind_a_held_lock_times_out_with_a_sentence_and_works_when_the_lock_goes()
    {
        using var analyst = await app.SignedIn("analyst.police");
        const string pan = "{ incidentMap(filter: { boundingBox: { minX: -1.80, minY: 53.63, maxX: -1.76, maxY: 53.66 } }) { shown } }";
        await using (var holder = await Hold("LOCK TABLE incidents IN ACCESS EXCLUSIVE MODE"))
        {
            var clock = Stopwatch.StartNew();
            var (status, body) = await analyst.Post(pan);
            Assert.InRange(clock.Elapsed.TotalSeconds, 1.5, 8);
            Assert.Equal(200, status);
            Assert.Equal(TimedOut, body.FirstError());

            var tile = await analyst.GetAsync("/tiles/incidents/14/8111/5297.mvt");
            Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, tile.StatusCode);
            Assert.Equal(TimedOut, await tile.Content.ReadAsStringAsync());
        }
        await analyst.Data(pan);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await analyst.GetAsync("/tiles/incidents/14/8111/5297.mvt")).StatusCode);
    }

    [Fact]
    public async Task A_meeting_write_behind_a_held_lock_times_out_and_leaves_no_meeting_and_no_audit_entry()
    {
        var groupId = await app.CreateGroup("Slow database");
        using var chair = await app.SignedIn("chair.council");
        var record = $"mutation {{ recordMeeting(groupId: {groupId}, heldAt: \"{DateTime.UtcNow:O}\", attendees: [\"chair.council\"], minutes: \"Slow\", decisions: [\"Wait\"]) {{ id }} }}";
        await using (var holder = await Hold("LOCK TABLE meetings IN ACCESS EXCLUSIVE MODE"))
        {
            var (_, body) = await chair.Post(record);
            Assert.Equal(TimedOut, body.FirstError());
        }
        Assert.Equal(0L, await app.Scalar<long>("SELECT count(*) FROM meetings"));
        Assert.Equal(0L, await app.Scalar<long>("SELECT count(*) FROM audit_log WHERE action = 'record meeting'"));
        await chair.Data(record);
        Assert.Equal(1L, await app.Scalar<long>("SELECT count(*) FROM meetings"));
    }

    /// <summary>An open transaction holding a lock, as the table's owner; disposing it rolls back and lets go.</summary>
    private async Task<NpgsqlConnection> Hold(string lockStatement)
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(app.ConnectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await new NpgsqlCommand("BEGIN", connection).ExecuteNonQueryAsync();
        await new NpgsqlCommand(lockStatement, connection).ExecuteNonQueryAsync();
        return connection;
    }
}
