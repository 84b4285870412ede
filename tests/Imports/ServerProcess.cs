using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Nodes;

namespace Hotspots.Tests.Imports;

/// <summary>The built server as its own process on a free port, so a test can kill it (SIGKILL) and start it again.</summary>
public sealed class ServerProcess : IDisposable
{
    private readonly Process process;

    private ServerProcess(Process process, string address) => (this.process, Address) = (process, address);

    public string Address { get; }

    /// <summary>Tries a few ports: another test class's server may take the free port before this one binds it.</summary>
    public static async Task<ServerProcess> Start(string connectionString)
    {
        for (var attempt = 1; ; attempt++)
        {
            try { return await StartOn(FreePort(), connectionString); }
            catch (InvalidOperationException e) when (attempt < 5 && e.Message.Contains("address already in use")) { }
        }
    }

    private static async Task<ServerProcess> StartOn(int port, string connectionString)
    {
        var server = typeof(Hotspots.Imports.Importer).Assembly.Location;
        var start = new ProcessStartInfo("dotnet", [server])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(server)!,
        };
        start.Environment["HOTSPOTS_DATABASE"] = connectionString;
        start.Environment["urls"] = $"http://127.0.0.1:{port}";
        start.Environment["Hotspots__LoadDemoData"] = "true";
        start.Environment["Hotspots__DemoDataFolder"] = "/nonexistent";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start)!;
        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        process.OutputDataReceived += (_, e) => { if (e.Data is { } line) output.Enqueue(line); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is { } line) output.Enqueue(line); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var running = new ServerProcess(process, $"http://127.0.0.1:{port}");
        using var client = new HttpClient { BaseAddress = new Uri(running.Address) };
        for (var i = 0; i < 600; i++)
        {
            if (process.HasExited) throw new InvalidOperationException($"The server exited with {process.ExitCode}: {string.Join("\n", output.TakeLast(30))}");
            try { if ((await client.GetAsync("/ready")).IsSuccessStatusCode) return running; }
            catch (HttpRequestException) { }
            await Task.Delay(100);
        }
        running.Dispose();
        throw new TimeoutException("The server did not become ready in a minute.");
    }

    public async Task<HttpClient> SignedIn(string username)
    {
        var client = new HttpClient { BaseAddress = new Uri(Address) };
        var response = await client.PostAsJsonAsync("/auth/sign-in", new { username, password = Hotspots.Demo.DemoAccounts.Password });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonObject>())!["token"]!.GetValue<string>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>SIGKILL on Linux: no shutdown, no finally blocks, no rollback sent by the client.</summary>
    public async Task Kill()
    {
        process.Kill();
        await process.WaitForExitAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        if (!process.HasExited) process.Kill();
        process.Dispose();
    }
}
