using System.Diagnostics;

namespace Hotspots.Imports;

/// <summary>
/// Where one import has got, for the progress bar: reading the file fills the first 40 %, the database phase (checks,
/// rows written in batches, indexes, the record of every row) the rest, reported after every statement and batch.
/// Keeps the longest wait between two reports, so that a slow stretch shows in the import's timings.
/// </summary>
public sealed class RunProgress(Action<ImportProgress>? report, long totalBytes)
{
    private const double ReadingShare = 0.4;
    private readonly Stopwatch sinceLast = Stopwatch.StartNew();
    private int rows;
    private double done;

    public TimeSpan LongestWait { get; private set; }
    /// <summary>The phase the bar moved on to after its longest wait.</summary>
    public string LongestWaitEndedIn { get; private set; } = "";

    public void Reading(int rowsSoFar, long bytesRead)
    {
        Report(new ImportProgress(rowsSoFar, bytesRead, totalBytes, "reading",
            totalBytes > 0 ? ReadingShare * Math.Min(1, (double)bytesRead / totalBytes) : 0));
    }

    /// <summary>A step of the database phase; <paramref name="fraction"/> is how much of that phase is done, 0–1.</summary>
    public void Writing(string phase, double fraction) =>
        Report(new ImportProgress(rows, totalBytes, totalBytes, phase, ReadingShare + (1 - ReadingShare) * Math.Clamp(fraction, 0, 1)));

    /// <summary>The end of the import: the last wait counts too.</summary>
    public void Finished() => Lap("the commit");

    private void Report(ImportProgress progress)
    {
        // Never backwards: a phase that starts from an estimate must not pull the bar back.
        progress = progress with { Done = Math.Max(done, progress.Done) };
        if (progress.Done > done || progress.Rows != rows) Lap(progress.Phase);
        (done, rows) = (progress.Done, progress.Rows);
        report?.Invoke(progress);
    }

    private void Lap(string phase)
    {
        if (sinceLast.Elapsed > LongestWait) (LongestWait, LongestWaitEndedIn) = (sinceLast.Elapsed, phase);
        sinceLast.Restart();
    }
}
