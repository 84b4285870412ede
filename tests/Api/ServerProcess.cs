using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace Hotspots.Tests.Api;

/// <summary>
/// The built server as its own operating-system process on a free loopback port: a test can kill it (SIGKILL) and
/// start it again, or run two of them over one database as behind a load balancer.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder output = new();

    public Uri Address { get; }

    public int ProcessId => process.Id;

    private ServerProcess(Process process, Uri address)
    {
        this.process = process;
        Address = address;
        process.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>
    /// Settings are configuration keys and values, e.g. ("Hotspots:LoadDemoData", "true") to seed the demo accounts.
    /// Tries a few ports: another test class's server may take the free port before this one binds it.
    /// </summary>
    public static async Task<ServerProcess> Start(string connectionString, params (string Key, string Value)[] settings)
    {
        for (var attempt = 1; ; attempt++)
        {
            var server = StartOn(FreePort(), connectionString, settings);
            try
            {
                await server.WaitUntilReady();
                return server;
            }
            catch (InvalidOperationException e) when (attempt < 5 && e.Message.Contains("address already in use"))
            {
                await server.DisposeAsync();
            }
            catch
            {
                await server.DisposeAsync();
                throw;
            }
        }
    }

    private static ServerProcess StartOn(int port, string connectionString, (string Key, string Value)[] settings)
    {
        var server = typeof(Hotspots.Server).Assembly.Location;
        var address = new Uri($"http://127.0.0.1:{port}");
        var start = new ProcessStartInfo("dotnet", [server, "--urls", address.ToString()])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(server)!,
        };
        start.Environment["HOTSPOTS_DATABASE"] = Hotspots.Tests.Database.PostGis.Application(connectionString);
        start.Environment["HOTSPOTS_DATABASE_OWNER"] = connectionString;
        start.Environment["Hotspots__DemoDataFolder"] = "/nonexistent";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings) start.Environment[key.Replace(":", "__")] = value;
        return new ServerProcess(Process.Start(start)!, address);
    }

    /// <summary>A client signed in as a demo account; no timeout unless given, as live streams stay open.</summary>
    public async Task<HttpClient> SignedIn(string username, TimeSpan? timeout = null)
    {
        var client = new HttpClient { BaseAddress = Address, Timeout = timeout ?? Timeout.InfiniteTimeSpan };
        var response = await client.PostAsJsonAsync("/auth/sign-in", new { username, password = Hotspots.Demo.DemoAccounts.Password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonObject>())!["token"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>SIGKILL on Linux: no shutdown, no finally blocks, no rollback sent by the client.</summary>
    public async Task Kill()
    {
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
    }

    private async Task WaitUntilReady()
    {
        using var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                if ((await client.GetAsync("/ready")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (HttpRequestException) { }
            catch (TaskCanceledException) { }
            await Task.Delay(200);
        }
        if (process.HasExited) await process.WaitForExitAsync();  // drains the output it wrote before exiting
        lock (output) throw new InvalidOperationException($"The server at {Address} did not become ready:\n{output}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited) process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        process.Dispose();
    }
}
