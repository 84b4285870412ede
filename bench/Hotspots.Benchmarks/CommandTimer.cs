using System.Diagnostics;

namespace Hotspots.Benchmarks;

/// <summary>Runs the built analyse door as a separate process, as an analyst would, and times it wall-clock.</summary>
internal static class CommandTimer
{
    public static (double Best, double Median) Time(string serverDll, string arguments, int runs)
    {
        var seconds = new List<double>();
        for (int i = 0; i < runs; i++)
        {
            var start = new ProcessStartInfo("dotnet", $"\"{serverDll}\" analyse {arguments}") { RedirectStandardOutput = true, RedirectStandardError = true };
            var clock = Stopwatch.StartNew();
            using var process = Process.Start(start)!;
            string output = process.StandardOutput.ReadToEnd(), error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            clock.Stop();
            if (process.ExitCode != 0) throw new InvalidOperationException($"analyse {arguments} failed ({process.ExitCode}): {error}");
            if (i == 0) Console.WriteLine($"    {output.Trim().Split('\n')[0]}");
            seconds.Add(clock.Elapsed.TotalSeconds);
        }
        seconds.Sort();
        return (seconds[0], seconds[seconds.Count / 2]);
    }
}
