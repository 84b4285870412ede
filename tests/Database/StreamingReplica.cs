using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;

namespace Hotspots.Tests.Database;

/// <summary>
/// A primary cluster of the test's own, a streaming hot standby of it made with pg_basebackup -R on another port, and
/// the server with HOTSPOTS_DATABASE on the primary and HOTSPOTS_DATABASE_READS on the standby. A private primary, not
/// the run's shared cluster: a base backup copies every database of its cluster, and the shared one holds every test class's.
/// </summary>
public sealed class StreamingReplica : IAsyncLifetime
{
    public PrivateCluster Primary { get; private set; } = null!;
    public PrivateCluster Standby { get; private set; } = null!;
    public WebApplicationFactory<Program> Factory { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!PrivateCluster.CanMakeStandby) return;
        Primary = await PrivateCluster.Create();
        Hotspots.Database.Migrations.Apply(Primary.ConnectionString(), PostGis.Application(Primary.ConnectionString()));
        await OnPrimary("""
            INSERT INTO areas (code, name, kind, boundary) VALUES ('E08000034', 'Kirklees', 'district', ST_Multi(ST_MakeEnvelope(401000, 402000, 428000, 427500, 27700)));
            INSERT INTO incidents (location, occurred_from, exploitation_type, victim_age_group, source_agency, source_reference,
                location_precision, sensitivity, agreement_reference)
            SELECT ST_SetSRID(ST_MakePoint(414000 + n * 300, 416000 + n % 3 * 300), 27700), '2025-01-01Z', 'labour', 'adult', 'police', 'READS-' || n, 'exact', 'official', NULL
            FROM generate_series(1, 12) n
            """);
        Standby = await Primary.Standby();
        await CaughtUp();
        Factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("HOTSPOTS_DATABASE", PostGis.Application(Primary.ConnectionString()));
            web.UseSetting("HOTSPOTS_DATABASE_OWNER", Primary.ConnectionString());
            web.UseSetting("HOTSPOTS_DATABASE_READS", PostGis.Application(Standby.ConnectionString()));
            web.UseSetting("Hotspots:LoadDemoData", "true");
            web.UseSetting("Hotspots:DemoDataFolder", "/nonexistent");
            web.UseSetting("Logging:LogLevel:Default", "Warning");
        });
        Factory.CreateClient().Dispose();
    }

    public async Task DisposeAsync()
    {
        if (Factory is not null) await Factory.DisposeAsync();
        if (Standby is not null) await Standby.DisposeAsync();
        if (Primary is not null) await Primary.DisposeAsync();
    }

    public async Task<HttpClient> SignedIn(string username)
    {
        var client = Factory.CreateClient();
        var response = await client.PostAsJsonAsync("/auth/sign-in", new { username, password = Hotspots.Demo.DemoAccounts.Password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonObject>())!["token"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public Task OnPrimary(string sql) => Execute(Primary, sql);

    public Task OnStandby(string sql) => Execute(Standby, sql);

    public Task<T> PrimaryScalar<T>(string sql) => Scalar<T>(Primary, sql);

    public Task<T> StandbyScalar<T>(string sql) => Scalar<T>(Standby, sql);

    /// <summary>Waits until the standby has replayed everything the primary has written; returns how long that took.</summary>
    public async Task<TimeSpan> CaughtUp()
    {
        var lsn = await PrimaryScalar<string>("SELECT pg_current_wal_lsn()::text");
        var clock = Stopwatch.StartNew();
        while (!await StandbyScalar<bool>($"SELECT coalesce(pg_last_wal_replay_lsn() >= '{lsn}'::pg_lsn, false)"))
        {
            if (clock.Elapsed > TimeSpan.FromSeconds(30)) throw new TimeoutException($"The standby did not replay up to {lsn} in 30 s.");
            await Task.Delay(20);
        }
        return clock.Elapsed;
    }

    private static async Task Execute(PrivateCluster cluster, string sql)
    {
        await using var connection = new NpgsqlConnection(cluster.ConnectionString());
        await connection.OpenAsync();
        await new NpgsqlCommand(sql, connection).ExecuteNonQueryAsync();
    }

    private static async Task<T> Scalar<T>(PrivateCluster cluster, string sql)
    {
        await using var connection = new NpgsqlConnection(cluster.ConnectionString());
        await connection.OpenAsync();
        return (T)(await new NpgsqlCommand(sql, connection).ExecuteScalarAsync())!;
    }
}

/// <summary>A test that needs a standby of its own: skipped, saying why, where the PostgreSQL binaries are missing.</summary>
public sealed class StandbyFactAttribute : FactAttribute
{
    public StandbyFactAttribute()
    {
        if (!PrivateCluster.CanMakeStandby) Skip = "pg_basebackup and pg_ctl of PostgreSQL 15 are not installed (/usr/lib/postgresql/15/bin).";
    }
}
