using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace Hotspots.Tests.Problems;

/// <summary>The built server started as its own operating-system process on a free loopback port, as a second instance behind a load balancer would be.</summary>
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

    public static async Task<ServerProcess> Start(string connectionString)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var start = new ProcessStartInfo("dotnet", [typeof(Hotspots.Server).Assembly.Location, "--urls", address.ToString()])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        start.Environment["HOTSPOTS_DATABASE"] = connectionString;
        start.Environment["Hotspots__DemoDataFolder"] = "/nonexistent";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var server = new ServerProcess(Process.Start(start)!, address);
        await server.WaitUntilReady();
        return server;
    }

    public async Task<HttpClient> SignedIn(string username)
    {
        var client = new HttpClient { BaseAddress = Address, Timeout = Timeout.InfiniteTimeSpan };
        var response = await client.PostAsJsonAsync("/auth/sign-in", new { username, password = Hotspots.Demo.DemoAccounts.Password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonObject>())!["token"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
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
