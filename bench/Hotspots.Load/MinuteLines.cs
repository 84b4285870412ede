using System.Globalization;

namespace Hotspots.Load;

/// <summary>For long runs (a soak), one line a minute: requests and failures so far and the server's RSS, so growth shows.</summary>
public sealed class MinuteLines(LatencyReport report, ServerMemory memory)
{
    public async Task Print(CancellationToken stop)
    {
        var minute = 0;
        try
        {
            while (true)
            {
                await Task.Delay(TimeSpan.FromMinutes(1), stop);
                minute++;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"minute {minute}: {report.Count} requests, {report.Failures} failed, server RSS {memory.LastBytes / 1048576} MB"));
            }
        }
        catch (OperationCanceledException) { }
    }
}
