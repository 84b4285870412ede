using System.Collections.Concurrent;
using Hotspots.Access;
using Npgsql;

namespace Hotspots.Imports;

/// <summary>An import running in the background: where it has got to, and its summary when done.</summary>
public sealed class ImportJob(string id, ImportOptions options, Viewer startedBy)
{
    public string Id { get; } = id;
    public ImportOptions Options { get; } = options;
    public Viewer StartedBy { get; } = startedBy;
    public DateTimeOffset StartedAt { get; } = DateTimeOffset.UtcNow;
    public string Status { get; set; } = "running";
    public string Phase { get; set; } = "waiting";
    public int RowsRead { get; set; }
    public DateTimeOffset UpdatedAt { get; set; } = DateTimeOffset.UtcNow;
    public ImportSummary? Summary { get; set; }
    public string? Message { get; set; }

    /// <summary>The one who started it, administrators, and analysts of the agency the rows belong to.</summary>
    public bool VisibleTo(Viewer viewer) => viewer.Username == StartedBy.Username || viewer.Role == Role.Administrator
        || (viewer.Role == Role.Analyst && viewer.Agency == Options.Agency);
}

/// <summary>
/// Imports started over the API, each on its own task; the job table lives in memory (an import itself is one
/// transaction, so a restart mid-import leaves nothing behind and the job is simply gone).
/// </summary>
public sealed class ImportJobs(NpgsqlDataSource dataSource, IHostApplicationLifetime lifetime, ILogger<ImportJobs> log)
{
    private readonly ConcurrentDictionary<string, ImportJob> jobs = new();

    public ImportJob Start(string path, ImportOptions options, Viewer viewer)
    {
        var job = new ImportJob(Guid.NewGuid().ToString("N"), options, viewer);
        jobs[job.Id] = job;
        _ = Task.Run(() => Run(job, path));
        return job;
    }

    public ImportJob? ById(string id, Viewer viewer) => jobs.TryGetValue(id, out var job) && job.VisibleTo(viewer) ? job : null;

    private async Task Run(ImportJob job, string path)
    {
        try
        {
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.DeleteOnClose);
            job.Summary = await new Importer(dataSource).Import(stream, job.Options, progress =>
            {
                job.RowsRead = progress.Rows;
                job.Phase = progress.Phase;
                job.UpdatedAt = DateTimeOffset.UtcNow;
            }, cancel: lifetime.ApplicationStopping);
            job.Status = "completed";
            job.Phase = "done";
            job.RowsRead = job.Summary.Read;
        }
        catch (ImportRefused refused)
        {
            (job.Status, job.Message) = ("refused", refused.Message);
        }
        catch (Exception e)
        {
            log.LogError(e, "Import job {Id} failed", job.Id);
            (job.Status, job.Message) = ("failed", "The import failed and nothing was written; the server log has the details.");
        }
        finally
        {
            job.UpdatedAt = DateTimeOffset.UtcNow;
            File.Delete(path);
        }
    }
}
