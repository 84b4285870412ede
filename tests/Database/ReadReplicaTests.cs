using System.Diagnostics;
using Hotspots.Tests.Api;
using Xunit.Abstractions;

namespace Hotspots.Tests.Database;

/// <summary>
/// HOTSPOTS_DATABASE_READS on a real streaming hot standby: the map, tiles and analysis read what the standby has
/// replayed, while writes (audit entries, analysis runs) and accounts stay on the primary, as docs/scaling.md says.
/// </summary>
public sealed class ReadReplicaTests(StreamingReplica replica, ITestOutputHelper output) : IClassFixture<StreamingReplica>
{
    private const string Map = "{ incidentMap { fullRecords } }";

    [StandbyFact]
    public async Task Map_tiles_and_analysis_read_the_standby_so_incidents_written_while_replay_is_paused_appear_only_when_it_resumes()
    {
        using var analyst = await replica.SignedIn("analyst.police");
        Assert.Equal(12, await FullRecords(analyst));
        var auditedBefore = await replica.PrimaryScalar<long>("SELECT count(*) FROM audit_log");
        await replica.OnStandby("SELECT pg_wal_replay_pause()");
        try
        {
            await replica.OnPrimary(Incidents(13, 17));
            Assert.Equal(17L, await replica.PrimaryScalar<long>("SELECT count(*) FROM incidents"));
            Assert.Equal(12, await FullRecords(analyst));
            Assert.Equal(System.Net.HttpStatusCode.OK, (await analyst.GetAsync("/tiles/incidents/8/126/82.mvt")).StatusCode);
            var run = (await analyst.Data("mutation { runAnalysis(request: { method: GI_STAR, cellSize: 200, distanceBand: 600 }) { incidentCount } }"))["runAnalysis"]!;
            Assert.Equal(12, run["incidentCount"]!.GetValue<int>());
            Assert.True(await replica.StandbyScalar<long>(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = 'hotspots' AND application_name = 'hotspots'") >= 1,
                "the server holds no connection to the standby");
            // The standby refuses every write, so these reads' audit entries and the analysis run were written on the primary.
            Assert.True(await replica.PrimaryScalar<long>("SELECT count(*) FROM audit_log") > auditedBefore);
            Assert.Equal(1L, await replica.PrimaryScalar<long>("SELECT count(*) FROM analysis_runs"));
        }
        finally
        {
            await replica.OnStandby("SELECT pg_wal_replay_resume()");
        }
        var caughtUp = await replica.CaughtUp();
        Assert.Equal(17, await FullRecords(analyst));

        // The lag docs/scaling.md promises ("usually under a second"), from the primary's commit to the analyst's map.
        await replica.OnPrimary(Incidents(18, 18));
        var clock = Stopwatch.StartNew();
        while (await FullRecords(analyst) != 18)
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), "a new incident had not reached the map through the standby after 5 s");
            await Task.Delay(10);
        }
        output.WriteLine($"replay after resume {caughtUp.TotalMilliseconds:F0} ms; commit on the primary to the map {clock.Elapsed.TotalMilliseconds:F0} ms");
    }

    [StandbyFact]
    public async Task Accounts_are_read_on_the_primary_so_one_made_while_the_standby_lags_signs_in_at_once()
    {
        await replica.OnStandby("SELECT pg_wal_replay_pause()");
        try
        {
            await replica.OnPrimary("""
                INSERT INTO accounts (username, display_name, role, agency, password_hash)
                SELECT 'analyst.new', 'New analyst', role, agency, password_hash FROM accounts WHERE username = 'analyst.police'
                """);
            Assert.Equal(0L, await replica.StandbyScalar<long>("SELECT count(*) FROM accounts WHERE username = 'analyst.new'"));
            using var newcomer = await replica.SignedIn("analyst.new");
            Assert.True(await FullRecords(newcomer) >= 12, "the new analyst's map did not answer from the standby");
        }
        finally
        {
            await replica.OnStandby("SELECT pg_wal_replay_resume()");
        }
    }

    private static async Task<int> FullRecords(HttpClient client) => (await client.Data(Map))["incidentMap"]!["fullRecords"]!.GetValue<int>();

    private static string Incidents(int from, int to) => $"""
        INSERT INTO incidents (location, occurred_from, exploitation_type, victim_age_group, source_agency, source_reference,
            location_precision, sensitivity, agreement_reference)
        SELECT ST_SetSRID(ST_MakePoint(414000 + n * 300, 416000 + n % 3 * 300), 27700), '2025-01-01Z', 'labour', 'adult', 'police', 'READS-' || n, 'exact', 'official', NULL
        FROM generate_series({from}, {to}) n
        """;
}
