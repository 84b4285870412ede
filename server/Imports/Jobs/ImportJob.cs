using Hotspots.Access;

namespace Hotspots.Imports;

/// <summary>An import started over the API, as kept in import_jobs: where it has got to, and its summary when done.</summary>
public sealed record ImportJob(long Id, ImportKind Kind, string FileName, long FileBytes, string Agency, string StartedBy,
    DateTimeOffset StartedAt, DateTimeOffset UpdatedAt, DateTimeOffset? FinishedAt, string Status, string Phase, int RowsRead,
    long BytesRead, ImportSummary? Summary, string? Message, double Done)
{
    /// <summary>The one who started it, administrators, and analysts of the agency the rows belong to.</summary>
    public bool VisibleTo(Viewer viewer) => viewer.Username == StartedBy || viewer.Role == Role.Administrator
        || (viewer.Role == Role.Analyst && viewer.Agency == Agency);

    /// <summary>How far through the file the reading is, 0–1; 1 once finished.</summary>
    /// <summary>How much of the whole import is done, 0–1: reading the file, then checking and writing its rows.</summary>
    public double FractionDone => Status != "running" ? 1 : Math.Clamp(Done, 0, 1);

    public double FractionRead => Status != "running" ? 1 : FileBytes > 0 ? Math.Min(1, (double)BytesRead / FileBytes) : 0;
}
