using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Hotspots.Tests.Database;

/// <summary>
/// A small PostgreSQL + PostGIS cluster of a test's own (about 2 s to make), for tests that stop and start the
/// database under a running server, which the shared cluster of the run must never be.
/// </summary>
public sealed class PrivateCluster : IAsyncDisposable
{
    private const string Bin = "/usr/lib/postgresql/15/bin";
    private readonly DirectoryInfo folder;
    private readonly int port;

    private PrivateCluster(DirectoryInfo folder, int port) => (this.folder, this.port) = (folder, port);

    private string Data => Path.Combine(folder.FullName, "pg");

    public string ConnectionString(string database = "hotspots") =>
        $"Host=127.0.0.1;Port={port};Username=postgres;Database={database};Timeout=5";

    public static async Task<PrivateCluster> Create()
    {
        var folder = Directory.CreateTempSubdirectory("hotspots-fault-");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(folder.FullName, (UnixFileMode)0b111_101_101);
        var cluster = new PrivateCluster(folder, FreePort());
        Directory.CreateDirectory(cluster.Data);
        if (Environment.UserName == "root") await Run("chown", "postgres:postgres", cluster.Data);
        await AsPostgres($"{Bin}/initdb", "-D", cluster.Data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8");
        await cluster.Start();
        await using var admin = new NpgsqlConnection(cluster.ConnectionString("postgres"));
        await admin.OpenAsync();
        await new NpgsqlCommand("CREATE DATABASE hotspots", admin).ExecuteNonQueryAsync();
        return cluster;
    }

    /// <summary>
    /// A streaming hot standby of this cluster on another port, made as an operator would: pg_basebackup -R copies the
    /// data and writes primary_conninfo and standby.signal, then the copy starts and replays the primary's WAL.
    /// </summary>
    public async Task<PrivateCluster> Standby()
    {
        var folder = Directory.CreateTempSubdirectory("hotspots-standby-");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(folder.FullName, (UnixFileMode)0b111_101_101);
        var standby = new PrivateCluster(folder, FreePort());
        Directory.CreateDirectory(standby.Data);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(standby.Data, (UnixFileMode)0b111_000_000);
        if (Environment.UserName == "root") await Run("chown", "postgres:postgres", standby.Data);
        await AsPostgres($"{Bin}/pg_basebackup", "-h", "127.0.0.1", "-p", port.ToString(), "-U", "postgres", "-D", standby.Data,
            "-R", "-X", "stream", "-c", "fast");
        await standby.Start();
        return standby;
    }

    /// <summary>True where the PostgreSQL binaries a standby needs are installed.</summary>
    public static bool CanMakeStandby => File.Exists($"{Bin}/pg_basebackup") && File.Exists($"{Bin}/pg_ctl");

    public Task Start() => AsPostgres($"{Bin}/pg_ctl", "-D", Data, "-l", Path.Combine(Data, "log"), "-w", "-t", "30",
        "-o", $"-p {port} -k {Data} -c listen_addresses=127.0.0.1 -c fsync=off", "start");

    /// <summary>A fast shutdown: sessions are ended and their transactions rolled back, as in a failover or a restart.</summary>
    public Task Stop() => AsPostgres($"{Bin}/pg_ctl", "-D", Data, "-m", "fast", "-w", "stop");

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        try { await Stop(); } catch (InvalidOperationException) { /* already stopped */ }
        folder.Delete(recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    // PostgreSQL refuses to run as root.
    private static Task AsPostgres(string program, params string[] arguments) =>
        Environment.UserName == "root" ? Run("runuser", ["-u", "postgres", "--", program, .. arguments]) : Run(program, arguments);

    private static async Task Run(string program, params string[] arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(program, arguments)
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        })!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));
        if (process.ExitCode != 0) throw new InvalidOperationException($"{program} failed: {await output}{await errors}");
    }
}
