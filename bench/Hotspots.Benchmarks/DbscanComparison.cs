using System.Diagnostics;
using System.Globalization;
using Hotspots.Analysis;
using Npgsql;
using NpgsqlTypes;

namespace Hotspots.Benchmarks;

/// <summary>
/// DBSCAN on the same points in one run: PostGIS ST_ClusterDBSCAN(geom, eps, minpoints) OVER () against the built
/// ./hotspots analyse dbscan (a separate process, reading the CSV included) and our clustering alone in process, with
/// the agreement of the two labellings (core points exactly; border points may legitimately differ).
/// </summary>
internal static class DbscanComparison
{
    public static async Task Run(string connectionString, string serverDll, string csv, string folder, double eps, int minPoints)
    {
        var points = IncidentCsv.Read(csv, false).Points;
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await Load(dataSource, points);
        Console.WriteLine($"  {points.Count} points in table dbscan_points (GiST index, ANALYZE); load {LoadAverage()}");

        var theirs = new int[points.Count];
        await using var connection = await dataSource.OpenConnectionAsync();
        int backend = connection.ProcessID;
        double backendCpu = BackendCpuSeconds(backend);
        var clock = Stopwatch.StartNew();
        await using (var command = new NpgsqlCommand(
            "SELECT id, ST_ClusterDBSCAN(geom, eps => $1, minpoints => $2) OVER () FROM dbscan_points", connection))
        {
            command.CommandTimeout = 0;
            command.Parameters.Add(new NpgsqlParameter { Value = eps });
            command.Parameters.Add(new NpgsqlParameter { Value = minPoints });
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync()) theirs[reader.GetInt32(0)] = reader.IsDBNull(1) ? DbscanResult.Noise : reader.GetInt32(1);
        }
        double postgis = clock.Elapsed.TotalSeconds;
        backendCpu = BackendCpuSeconds(backend) - backendCpu;
        Console.WriteLine($"  PostGIS ST_ClusterDBSCAN, whole query with the rows read: {postgis:0.00} s wall, {backendCpu:0.00} s CPU of its backend; load {LoadAverage()}");

        string output = Path.Combine(folder, "clusters.csv");
        var (best, _, cpu) = CommandTimer.Time(serverDll, $"dbscan --input {csv} --eps {eps} --min-points {minPoints} --output {output}", runs: 1);
        Console.WriteLine($"  ./hotspots analyse dbscan, whole process (CSV read and written): {best:0.00} s wall, {cpu:0.00} s CPU; load {LoadAverage()}");
        var ownCpu = Process.GetCurrentProcess().TotalProcessorTime;
        clock.Restart();
        var inProcess = Dbscan.Cluster(points, eps, minPoints);
        Console.WriteLine($"  our DBSCAN alone, in process: {clock.Elapsed.TotalSeconds:0.00} s wall, " +
            $"{(Process.GetCurrentProcess().TotalProcessorTime - ownCpu).TotalSeconds:0.00} s CPU; load {LoadAverage()}");

        var ours = File.ReadLines(output).Skip(1).Select(l => int.Parse(l.Split(',')[1], CultureInfo.InvariantCulture)).ToArray();
        if (!ours.AsSpan().SequenceEqual(inProcess.Cluster)) Console.WriteLine("  the command's clusters differ from the in-process run!");
        Console.WriteLine($"  agreement: {ClusterAgreement.Of(points, eps, minPoints, ours, theirs)}");
        Console.WriteLine($"  PostGIS ÷ ours (whole process): ×{postgis / best:0.0} wall, ×{backendCpu / cpu:0.0} CPU");
    }

    static async Task Load(NpgsqlDataSource dataSource, PointSet points)
    {
        await using (var create = dataSource.CreateCommand("""
            DROP TABLE IF EXISTS dbscan_points;
            CREATE TABLE dbscan_points (id int PRIMARY KEY, geom geometry(Point, 27700) NOT NULL)
            """))
            await create.ExecuteNonQueryAsync();
        await using (var connection = await dataSource.OpenConnectionAsync())
        await using (var copy = await connection.BeginBinaryImportAsync("COPY dbscan_points (id, geom) FROM STDIN (FORMAT BINARY)"))
        {
            for (int i = 0; i < points.Count; i++)
            {
                await copy.StartRowAsync();
                await copy.WriteAsync(i, NpgsqlDbType.Integer);
                await copy.WriteAsync(Ewkb(points.X[i], points.Y[i]), NpgsqlDbType.Bytea);
            }
            await copy.CompleteAsync();
        }
        await using var index = dataSource.CreateCommand("CREATE INDEX ON dbscan_points USING gist (geom); ANALYZE dbscan_points");
        index.CommandTimeout = 0;
        await index.ExecuteNonQueryAsync();
    }

    // Extended WKB of a point with SRID 27700, the binary form PostGIS reads from COPY.
    static byte[] Ewkb(double x, double y)
    {
        var bytes = new byte[25];
        bytes[0] = 1;
        BitConverter.TryWriteBytes(bytes.AsSpan(1), 0x20000001u);
        BitConverter.TryWriteBytes(bytes.AsSpan(5), 27700);
        BitConverter.TryWriteBytes(bytes.AsSpan(9), x);
        BitConverter.TryWriteBytes(bytes.AsSpan(17), y);
        return bytes;
    }

    // utime + stime of the server process running the query, from /proc (clock ticks of 1/100 s); readable as root or postgres.
    static double BackendCpuSeconds(int pid)
    {
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
    }

    static string LoadAverage() => File.ReadAllText("/proc/loadavg").Split(' ')[0];
}
