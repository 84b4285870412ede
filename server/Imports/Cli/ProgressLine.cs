namespace Hotspots.Imports;

/// <summary>Prints the latest progress once a second on stderr, also while the database works on a long statement.</summary>
public sealed class ProgressLine : IDisposable
{
    private readonly TextWriter error;
    private readonly Timer timer;
    private readonly DateTime start = DateTime.UtcNow;
    private ImportProgress? latest;
    private bool stopped;

    public ProgressLine(TextWriter error)
    {
        this.error = error;
        timer = new Timer(_ => Print(), null, 1000, 1000);
    }

    public void Report(ImportProgress progress) => latest = progress;

    private void Print()
    {
        lock (timer)
        {
            if (stopped || latest is not { } p) return;
            var percent = p.TotalBytes > 0 ? $" ({100.0 * p.BytesRead / p.TotalBytes:0}% of the file)" : "";
            error.WriteLine($"[{(DateTime.UtcNow - start).TotalSeconds:0}s] {p.Phase}: {p.Rows:N0} rows{percent}, {100 * p.Done:0}% done");
        }
    }

    public void Dispose()
    {
        lock (timer) stopped = true;
        timer.Dispose();
    }
}
