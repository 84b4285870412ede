namespace Hotspots.Imports;

public sealed record RowProblem(int Line, string Reason);

/// <summary>What an import did with every row of its file.</summary>
public sealed record ImportSummary(long? ImportId, int Read, int Imported, int Duplicates, int Rejected, int Linked,
    IReadOnlyList<RowProblem> FirstProblems, IReadOnlyList<string> Notes, bool DryRun, long? AlreadyImportedAs = null)
{
    /// <summary>Seconds per phase, e.g. "reading and staging COPY 12.10 s, checks 0.80 s, …".</summary>
    public string? Timings { get; init; }
}

/// <summary>Progress: rows read so far, how far through the file, the phase, and how much of the whole import is done (0–1).</summary>
public sealed record ImportProgress(int Rows, long BytesRead, long TotalBytes, string Phase, double Done);
