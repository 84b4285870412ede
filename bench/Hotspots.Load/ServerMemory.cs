namespace Hotspots.Load;

/// <summary>The server's resident set size, read from /proc while the load runs.</summary>
public sealed class ServerMemory(int? pid)
{
    public long? FirstBytes { get; private set; }
    public long? PeakBytes { get; private set; }
    public long? LastBytes { get; private set; }

    public async Task Watch(CancellationToken stop)
    {
        if (pid is null) return;
        try
        {
            while (!stop.IsCancellationRequested)
            {
                Sample();
                await Task.Delay(250, stop);
            }
        }
        catch (OperationCanceledException) { }
        Sample();
    }

    private void Sample()
    {
        var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        if (line is null) return;
        var bytes = long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
        FirstBytes ??= bytes;
        PeakBytes = Math.Max(PeakBytes ?? 0, bytes);
        LastBytes = bytes;
    }

    public string Describe() => pid is null
        ? "server RSS: not measured (give --server-pid)"
        : $"server RSS: start {FirstBytes / 1048576} MB, peak {PeakBytes / 1048576} MB, end {LastBytes / 1048576} MB";
}
