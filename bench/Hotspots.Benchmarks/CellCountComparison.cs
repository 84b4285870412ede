using System.Diagnostics;
using Hotspots.Access;
using Hotspots.Analysis;
using Hotspots.Database;
using Hotspots.Incidents;

namespace Hotspots.Benchmarks;

/// <summary>
/// Gi*'s input over GraphQL, before and after, on the same database in one run: reading every visible incident into the
/// server and counting cells there (before) against counting the cells in PostGIS (after), for a full-access analyst and a
/// partner who sees generalised records. Both answers are checked to be the same grid and counts.
/// </summary>
public static class CellCountComparison
{
    public static async Task Run(string connectionString, double cellSize, int runs)
    {
        await using var dataSource = DatabaseServices.CreateDataSource(connectionString);
        var reads = new ReadOnlyDatabase(dataSource, false);
        var read = new AnalysisInputs(reads);
        var counted = new CellCounts(reads);
        var filter = new IncidentFilter();
        foreach (var viewer in new[] { new Viewer("analyst.police", Role.Analyst, "police"), new Viewer("partner.health", Role.Partner, "health") })
        {
            GridCounts? before = null;
            CountedCells? after = null;
            var readTimes = await Time(runs, async () =>
            {
                var points = await read.Load(viewer, filter, ViewGrain.Period, default);
                before = GridCounts.Count(points.Points, SquareGrid.Covering(points.Points, cellSize));
            });
            var countTimes = await Time(runs, async () => after = await counted.Count(viewer, filter, cellSize, null, null, withIds: true, default));
            var countNoIds = await Time(runs, async () => await counted.Count(viewer, filter, cellSize, null, null, withIds: false, default));
            bool same = before!.Grid == after!.Counts.Grid && before.Counts.AsSpan().SequenceEqual(after.Counts.Counts);
            Console.WriteLine($"  {viewer.Username} ({after.Incidents:N0} incidents, {cellSize} m cells, same counts: {same}): " +
                $"read all + count in server median {Median(readTimes):0} ms (best {readTimes.Min():0}); " +
                $"count in PostGIS with the frozen ids median {Median(countTimes):0} ms (best {countTimes.Min():0}); " +
                $"without ids median {Median(countNoIds):0} ms; load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
        }
    }

    private static async Task<List<double>> Time(int runs, Func<Task> work)
    {
        await work();   // warm: plans cached, pages in shared buffers
        var times = new List<double>();
        for (int i = 0; i < runs; i++)
        {
            var clock = Stopwatch.StartNew();
            await work();
            times.Add(clock.Elapsed.TotalMilliseconds);
        }
        return times;
    }

    private static double Median(List<double> times) => times.Order().ElementAt(times.Count / 2);
}
