using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Hotspots.Tests.Api;

namespace Hotspots.Tests.Problems;

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
        var port = FreePort();
        using var server = Start(port);
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(20) };
        await WaitUntilReady(http, server);
        var signIn = await http.PostAsJsonAsync("/auth/sign-in", new { username = "chair.council", password = Hotspots.Demo.DemoAccounts.Password });
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            (await signIn.Content.ReadFromJsonAsync<JsonObject>())!["token"]!.GetValue<string>());

        var acknowledged = new ConcurrentBag<long>();
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
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    return;  // the server is gone
                }
            }
        })).ToArray();
        while (acknowledged.Count < 20) await Task.Delay(20);
        server.Kill();  // SIGKILL on Linux: no shutdown, no rollback sent by the server
        await server.WaitForExitAsync();
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

    private Process Start(int port)
    {
        var server = typeof(Hotspots.Server).Assembly.Location;
        var start = new ProcessStartInfo("dotnet", [server])
        {
            WorkingDirectory = Path.GetDirectoryName(server)!, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        start.Environment["HOTSPOTS_DATABASE"] = app.ConnectionString;
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["Hotspots__ApiRequestsPerSecond"] = "100000";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start)!;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task WaitUntilReady(HttpClient http, Process server)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            Assert.False(server.HasExited, "the server process exited before it was ready");
            try
            {
                if ((await http.GetAsync("/ready")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { /* not listening yet */ }
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), "the server process was not ready within 60 s");
            await Task.Delay(200);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
