using System.Diagnostics;
using System.Globalization;
using Hotspots.Analysis;

namespace Hotspots.Benchmarks;

/// <summary>
/// Times R spdep's localG (include.self(), style "B") on the same count grid, in the same run, and
/// checks that its z-values agree with ours.
/// </summary>
internal static class SpdepComparison
{
    public static void Run(string folder, GridCounts counts, double band, GiStarResult ours, double oursSeconds)
    {
        if (!File.Exists("/usr/bin/Rscript")) { Console.WriteLine("  R not installed (apt-get install -y r-cran-spdep): comparison skipped"); return; }
        string grid = Path.Combine(folder, "counts.csv"), result = Path.Combine(folder, "spdep.csv");
        using (var writer = new StreamWriter(grid))
        {
            writer.WriteLine("x,y,count");
            foreach (var c in ours.Cells) writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{c.X:R},{c.Y:R},{c.Count:R}"));
        }
        string script = Path.Combine(AppContext.BaseDirectory, "spdep-localg.R");
        var start = new ProcessStartInfo("Rscript", $"\"{script}\" \"{grid}\" {band.ToString(CultureInfo.InvariantCulture)} \"{result}\"") { RedirectStandardOutput = true };
        using var process = Process.Start(start)!;
        string timings = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Console.Write(timings);
        var seconds = timings.Split('\n').Where(l => l.Contains('=')).ToDictionary(l => l.Split('=')[0].Trim(), l => double.Parse(l.Split('=')[1], CultureInfo.InvariantCulture));
        var z = File.ReadLines(result).Skip(1).Select(l => double.Parse(l, CultureInfo.InvariantCulture)).ToArray();
        double worst = 0;
        for (int i = 0; i < z.Length; i++) worst = Math.Max(worst, Math.Abs(z[i] - ours.Cells[i].Z));
        Console.WriteLine($"  largest |z(spdep) − z(ours)| over all {z.Length} cells: {worst:E2}");
        foreach (int i in new[] { 0, z.Length / 3, Array.IndexOf(z, z.Max()) })
            Console.WriteLine($"    cell {ours.Cells[i].Col},{ours.Cells[i].Row}: spdep {z[i]:R}  ours {ours.Cells[i].Z:R}");
        Console.WriteLine($"  Gi* compute, ours: {oursSeconds * 1000:0.0} ms; spdep localG alone {seconds["localG_s"]:0.000} s " +
                          $"(×{seconds["localG_s"] / oursSeconds:0}); with its neighbour list {seconds["localG_s"] + seconds["neighbours_s"]:0.000} s " +
                          $"(×{(seconds["localG_s"] + seconds["neighbours_s"]) / oursSeconds:0})");
    }
}
