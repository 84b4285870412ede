using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hotspots.Tests.Api;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Npgsql;

namespace Hotspots.Tests.Database;

/// <summary>
/// PostgreSQL stopped and started again under map load, with the server left running: requests while it is down fail
/// at once with a sentence that says so, /ready goes to 503 and back, and the same server answers afterwards.
/// </summary>
public sealed class RestartTests
{
    private const string Unavailable = "The database is unavailable (restarting or unreachable), so the request changed nothing. Try again in a few seconds.";

    private const string Pan = """
        query Pan { incidentMap(filter: { boundingBox: { minX: -1.80, minY: 53.63, maxX: -1.76, maxY: 53.66 } }) { fullRecords shown } }
        """;

    [Fact]
    public async Task The_server_rides_out_a_database_restart_under_load()
    {
        await using var cluster = await PrivateCluster.Create();
        Hotspots.Database.Migrations.Apply(cluster.ConnectionString());
        await AddIncidents(cluster.ConnectionString());
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("HOTSPOTS_DATABASE", PostGis.Application(cluster.ConnectionString()));
            web.UseSetting("HOTSPOTS_DATABASE_OWNER", cluster.ConnectionString());
            web.UseSetting("Hotspots:LoadDemoData", "true");
            web.UseSetting("Hotspots:DemoDataFolder", "/nonexistent");
            web.UseSetting("Hotspots:ApiRequestsPerSecond", "100000");
            web.UseSetting("Logging:LogLevel:Default", "None");
        });
        using var http = factory.CreateClient();
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await Token(http));
        // As a load balancer asks: without a token, so /ready is not answered by sign-in's own database lookup.
        using var probe = factory.CreateClient();

        var outcomes = new ConcurrentQueue<(TimeSpan At, TimeSpan Took, string? Error)>();
        var clock = Stopwatch.StartNew();
        using var stop = new CancellationTokenSource();
        var users = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested) outcomes.Enqueue(await Request(http, clock));
        })).ToArray();

        while (outcomes.Count(o => o.Error is null) < 8)
        {
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"too few answers before the restart: {outcomes.FirstOrDefault(o => o.Error is not null).Error}");
            await Task.Delay(100);
        }
        Assert.Equal(HttpStatusCode.OK, (await probe.GetAsync("/ready")).StatusCode);
        await cluster.Stop();
        var stopped = clock.Elapsed;
        var down = await probe.GetAsync("/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, down.StatusCode);
        Assert.Equal("not ready: the database does not answer", await down.Content.ReadAsStringAsync());
        await Task.Delay(1500);
        await cluster.Start();
        var started = clock.Elapsed;
        while ((await probe.GetAsync("/ready")).StatusCode != HttpStatusCode.OK)
        {
            Assert.True(clock.Elapsed - started < TimeSpan.FromSeconds(15), "/ready did not come back within 15 s of the restart");
            await Task.Delay(100);
        }
        var ready = clock.Elapsed;
        await Task.Delay(3000);
        await stop.CancelAsync();
        await Task.WhenAll(users);

        var all = outcomes.ToArray();
        var summary = string.Join('\n', all.Where(o => o.Error is not null).Take(5).Select(o => $"{o.At.TotalSeconds:F1} s: {o.Error}"));
        Assert.All(all.Where(o => o.Error is not null), o => Assert.Equal(Unavailable, o.Error));
        Assert.Contains(all, o => o.At > stopped && o.At < started && o.Error == Unavailable);
        Assert.All(all, o => Assert.True(o.Took < TimeSpan.FromSeconds(10), $"a request hung for {o.Took.TotalSeconds:F1} s"));
        var after = all.Where(o => o.At - o.Took > ready).ToArray();
        Assert.True(after.Length > 5 && after.All(o => o.Error is null),
            $"{after.Count(o => o.Error is not null)} of {after.Length} requests failed after /ready came back\n{summary}");
    }

    /// <summary>One map pan: its time, and null or the error message the user would read.</summary>
    private static async Task<(TimeSpan, TimeSpan, string?)> Request(HttpClient http, Stopwatch clock)
    {
        var at = clock.Elapsed;
        var (status, body) = await http.Post(Pan);
        var took = clock.Elapsed - at;
        // Refused before GraphQL runs (the sign-in lookup) the answer is a 503 carrying the same error document.
        var message = body["errors"]?[0]?["message"]?.GetValue<string>();
        return (at, took, status is 200 or 503 ? message : $"HTTP {status}: {body.ToJsonString()}");
    }

    private static async Task<string> Token(HttpClient http)
    {
        var response = await http.PostAsJsonAsync("/auth/sign-in", new { username = "analyst.police", password = Hotspots.Demo.DemoAccounts.Password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["token"]!.GetValue<string>();
    }

    private static async Task AddIncidents(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await new NpgsqlCommand("""
            INSERT INTO areas (code, name, kind, boundary) VALUES ('E08000034', 'Kirklees', 'district', ST_Multi(ST_MakeEnvelope(401000, 402000, 428000, 427500, 27700)));
            INSERT INTO incidents (location, occurred_from, exploitation_type, victim_age_group, source_agency, source_reference,
                location_precision, sensitivity, agreement_reference)
            SELECT ST_SetSRID(ST_MakePoint(413500 + n % 30 * 40, 416000 + n / 30 * 40), 27700), timestamptz '2024-01-01Z' + n * interval '1 hour',
                'sexual', 'adult', 'police', 'RESTART-' || n, 'exact', 'official', 'KMSP-ISA-2023-01'
            FROM generate_series(1, 600) n
            """, connection).ExecuteNonQueryAsync();
    }
}
