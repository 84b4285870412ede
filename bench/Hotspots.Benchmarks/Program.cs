using System.Diagnostics;
using Hotspots.Analysis;
using Hotspots.Benchmarks;

// Usage: dotnet run -c Release --project bench/Hotspots.Benchmarks [-- points folder]
//        ... -- cells "<PostGIS connection string>" [cell size] [runs]   (Gi* input read vs counted in PostGIS)
//        ... -- dbscan "<PostGIS connection string>" [points] [eps] [min points]   (ours vs ST_ClusterDBSCAN)
if (args is ["cells", var connection, ..])
{
    await CellCountComparison.Run(connection, args.Length > 2 ? double.Parse(args[2]) : 100, args.Length > 3 ? int.Parse(args[3]) : 5);
    return 0;
}
bool dbscan = args is ["dbscan", _, ..];
int count = dbscan ? (args.Length > 2 ? int.Parse(args[2]) : 1_000_000) : args.Length > 0 ? int.Parse(args[0]) : 1_000_000;
string folder = dbscan ? Path.Combine(Path.GetTempPath(), $"hotspots-bench-dbscan-{count}") : args.Length > 1 ? args[1] : Path.Combine(Path.GetTempPath(), "hotspots-bench");
Directory.CreateDirectory(folder);
string root = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../.."));
string server = Path.Combine(root, "server/bin/Release/net10.0/Hotspots.Server.dll");
if (!File.Exists(server)) { Console.Error.WriteLine($"Build first: dotnet build -c Release Hotspots.sln ({server} missing)"); return 1; }

string input = Path.Combine(folder, "points.csv");
var clock = Stopwatch.StartNew();
DistrictPoints.Write(input, count);
Console.WriteLine($"{count} points written to {input} ({new FileInfo(input).Length / 1e6:0} MB) in {clock.Elapsed.TotalSeconds:0.0} s; {Environment.ProcessorCount} cores");
if (dbscan)
{
    double eps = args.Length > 3 ? double.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 150;
    int minPoints = args.Length > 4 ? int.Parse(args[4]) : 8;
    Console.WriteLine($"DBSCAN, eps {eps} m, min points {minPoints}:");
    await DbscanComparison.Run(args[1], server, input, folder, eps, minPoints);
    return 0;
}

void Report(string name, string arguments, double goal)
{
    var (best, median, cpu) = CommandTimer.Time(server, arguments, runs: 3);
    string verdict = double.IsInfinity(goal) ? "" : $" (goal ≤ {goal} s: {(best <= goal ? "met" : "NOT met")})";
    Console.WriteLine($"  {name}: wall best {best:0.00} s, median {median:0.00} s of 3; CPU median {cpu:0.00} s{verdict}; load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
}
Report("gistar 100 m cells, 500 m band, FDR", $"gistar --input {input} --cell-size 100 --distance-band 500 --fdr --output {folder}/cells.csv", 1.5);
Report("kde 50 m cells, 400 m radius", $"kde --input {input} --cell-size 50 --radius 400 --output {folder}/density.asc", 2);
Report("dbscan eps 150 m, min 8", $"dbscan --input {input} --eps 150 --min-points 8 --output {folder}/clusters.csv", double.PositiveInfinity);
Report("optimised", $"optimised --input {input} --output {folder}/optimised.csv", double.PositiveInfinity);

// In-process split of the Gi* run: reading vs. computing, and the comparison with spdep on the same grid.
clock.Restart();
var points = IncidentCsv.Read(input, false).Points;
double read = clock.Elapsed.TotalSeconds;
var counts = GridCounts.Count(points, SquareGrid.Covering(points, 100));
var result = GiStar.Compute(counts, 500, fdr: false);
clock.Restart();
for (int i = 0; i < 10; i++) result = GiStar.Compute(counts, 500, fdr: false);
double compute = clock.Elapsed.TotalSeconds / 10;
Console.WriteLine($"  in process: reading the CSV {read:0.000} s; Gi* on {result.AnalysedCells} cells {compute * 1000:0.0} ms");
for (int i = 0; i < 3; i++)
{
    clock.Restart();
    long allocated = GC.GetTotalAllocatedBytes(precise: true);
    var hotspots = HotspotPolygons.From(result, minimumBin: 2);
    Console.WriteLine($"  hotspot polygons at 95 %: {hotspots.Count} from {result.Cells.Count(c => c.Bin >= 2)} hot cells in " +
        $"{clock.Elapsed.TotalMilliseconds:0} ms, {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / 1e6:0} MB allocated");
}
SpdepComparison.Run(folder, counts, 500, result, compute);
return 0;
