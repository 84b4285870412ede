using System.Collections.Concurrent;
using System.Globalization;

namespace Hotspots.Load;

/// <summary>Every request's kind, latency and outcome; summarised per kind as throughput and percentiles.</summary>
public sealed class LatencyReport
{
    private readonly ConcurrentQueue<(string Kind, double Milliseconds, bool Failed)> samples = new();
    private int count;

    public int Count => count;
    public int Failures => samples.Count(s => s.Failed);

    public void Add(string kind, double milliseconds, bool failed)
    {
        samples.Enqueue((kind, milliseconds, failed));
        Interlocked.Increment(ref count);
    }

    public string Table(TimeSpan elapsed)
    {
        var lines = new List<string>
        {
            "| kind | requests | errors | req/s | p50 ms | p95 ms | p99 ms | max ms |",
            "|---|---|---|---|---|---|---|---|",
        };
        foreach (var group in samples.GroupBy(s => s.Kind).OrderBy(g => g.Key))
        {
            var ms = group.Select(s => s.Milliseconds).Order().ToArray();
            lines.Add(string.Create(CultureInfo.InvariantCulture,
                $"| {group.Key} | {ms.Length} | {group.Count(s => s.Failed)} | {ms.Length / elapsed.TotalSeconds:F1} | " +
                $"{Percentile(ms, 50):F1} | {Percentile(ms, 95):F1} | {Percentile(ms, 99):F1} | {ms[^1]:F1} |"));
        }
        lines.Add(string.Create(CultureInfo.InvariantCulture, $"| all | {count} | {Failures} | {count / elapsed.TotalSeconds:F1} | | | | |"));
        return string.Join('\n', lines);
    }

    public static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Length) - 1, 0, sorted.Length - 1)];
}
