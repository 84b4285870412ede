using System.Diagnostics;
using System.Globalization;

namespace Hotspots.Benchmarks;

/// <summary>
/// Runs the built analyse door as a separate process, as an analyst would, and times it wall-clock;
/// /usr/bin/time reports its CPU seconds, which a busy machine inflates less than wall time.
/// </summary>
internal static class CommandTimer
{
    public static (double Best, double Median, double Cpu) Time(string serverDll, string arguments, int runs)
    {
        var seconds = new List<double>();
        var cpu = new List<double>();
        for (int i = 0; i < runs; i++)
        {
            var start = new ProcessStartInfo("/usr/bin/time", $"-f \"cpu %U %S\" dotnet \"{serverDll}\" analyse {arguments}")
            { RedirectStandardOutput = true, RedirectStandardError = true };
            var clock = Stopwatch.StartNew();
            using var process = Process.Start(start)!;
            string output = process.StandardOutput.ReadToEnd(), error = process.StandardError.ReadToEnd();
            process.WaitForExit();
            clock.Stop();
            if (process.ExitCode != 0) throw new InvalidOperationException($"analyse {arguments} failed ({process.ExitCode}): {error}");
            if (i == 0) Console.WriteLine($"    {output.Trim().Split('\n')[0]}");
            seconds.Add(clock.Elapsed.TotalSeconds);
            var times = error.Trim().Split('\n')[^1].Split(' ');
            cpu.Add(double.Parse(times[1], CultureInfo.InvariantCulture) + double.Parse(times[2], CultureInfo.InvariantCulture));
        }
        seconds.Sort();
        cpu.Sort();
        return (seconds[0], seconds[seconds.Count / 2], cpu[cpu.Count / 2]);
    }
}
