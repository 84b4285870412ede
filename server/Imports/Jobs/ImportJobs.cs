using System.Text.Json;
using Hotspots.Access;
using Hotspots.Database;
using Npgsql;

namespace Hotspots.Imports;

/// <summary>
/// Imports started over the API, each on its own task, kept in import_jobs. While a job runs, a second connection
/// holds an advisory lock on it and writes its progress each second; when the server dies that connection closes and
/// the lock goes, so a reader finds a "running" job without its lock and records it as failed. The import's own
/// transaction died with the server, so nothing of it was written.
/// </summary>
public sealed class ImportJobs(NpgsqlDataSource dataSource, UnitOfWork units, IHostApplicationLifetime lifetime, ILogger<ImportJobs> log)
{
    /// <summary>The first key of the job's advisory lock (the second is its id), apart from any other lock.</summary>
    private const int LockClass = 4004;

    public const string Interrupted = "The server stopped during this import (a restart or a crash). The import was rolled back: " +
        "nothing from the file was written. Start it again.";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private const string Columns = """
        id, kind, file_name, file_bytes, agency, started_by, started_at, updated_at, finished_at, status, phase, rows_read,
        bytes_read, summary::text, message, fraction_done
        """;

    public async Task<ImportJob> Start(string path, ImportOptions options, Viewer viewer, CancellationToken cancel)
    {
        // The keeper is a connection of its own, outside any unit of work: its session holds the job's advisory lock
        // for as long as the import runs, and writes progress the import's own transaction cannot yet show.
        var keeper = await dataSource.OpenConnectionAsync(cancel);
        try
        {
            // One statement, so no reader ever sees the job without its lock.
            await using var command = new NpgsqlCommand($"""
                WITH job AS (INSERT INTO import_jobs (kind, file_name, file_bytes, agency, started_by) VALUES ($1, $2, $3, $4, $5) RETURNING *)
                SELECT {Columns}, pg_advisory_lock({LockClass}, id::int) FROM job
                """, keeper).With(Database.Codes.Of(options.Kind), options.FileName, new FileInfo(path).Length, options.Agency, viewer.Username);
            ImportJob job;
            await using (var reader = await command.ExecuteReaderAsync(cancel))
            {
                await reader.ReadAsync(cancel);
                job = Read(reader);
            }
            _ = Task.Run(() => Run(job, path, options, keeper));
            return job;
        }
        catch
        {
            await keeper.DisposeAsync();
            File.Delete(path);
            throw;
        }
    }

    public async Task<ImportJob?> ById(long id, Viewer viewer, CancellationToken cancel)
    {
        await RecordInterrupted(cancel);
        return await units.Read(viewer, work => work.Single($"SELECT {Columns} FROM import_jobs WHERE id = $1", Read, id), cancel) is { } job
            && job.VisibleTo(viewer) ? job : null;
    }

    /// <summary>The latest jobs the viewer may follow, newest first.</summary>
    public async Task<List<ImportJob>> Recent(Viewer viewer, int first, CancellationToken cancel)
    {
        await RecordInterrupted(cancel);
        return await units.Read(viewer, work => work.List($"""
            SELECT {Columns} FROM import_jobs
            WHERE started_by = $1 OR $2 OR ($3 AND agency = $4) ORDER BY id DESC LIMIT $5
            """, Read, viewer.Username, viewer.Role == Role.Administrator, viewer.Role == Role.Analyst, viewer.Agency, first), cancel);
    }

    /// <summary>Running jobs whose lock is gone lost their server (and with it their transaction).</summary>
    private Task RecordInterrupted(CancellationToken cancel) => units.Run(Viewer.NoOne, work => work.Execute($"""
            UPDATE import_jobs j SET status = 'failed', phase = 'interrupted', finished_at = clock_timestamp(), updated_at = clock_timestamp(), message = $1
            WHERE status = 'running' AND NOT EXISTS (
                SELECT 1 FROM pg_locks l WHERE l.locktype = 'advisory' AND l.classid = {LockClass} AND l.objid::bigint = j.id AND l.objsubid = 2)
            """, Interrupted), cancel);

    private async Task Run(ImportJob job, string path, ImportOptions options, NpgsqlConnection keeper)
    {
        var progress = new JobProgress(keeper, job.Id, log);
        (string Status, ImportSummary? Summary, string? Message) outcome;
        try
        {
            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.DeleteOnClose);
            var summary = await new Importer(dataSource).Import(stream, options, progress.Report, cancel: lifetime.ApplicationStopping);
            outcome = ("completed", summary, null);
        }
        catch (ImportRefused refused)
        {
            outcome = ("refused", null, refused.Message);
        }
        catch (OperationCanceledException) when (lifetime.ApplicationStopping.IsCancellationRequested)
        {
            outcome = ("failed", null, Interrupted);
        }
        catch (Exception e)
        {
            log.LogError(e, "Import job {Id} failed", job.Id);
            outcome = ("failed", null, "The import failed and was rolled back: nothing from the file was written. The server log has the details.");
        }
        finally
        {
            File.Delete(path);
        }
        await progress.DisposeAsync();
        await Finish(job.Id, outcome.Status, outcome.Summary, outcome.Message);
        await keeper.DisposeAsync();
    }

    /// <summary>Written on a fresh connection: the keeper may be the thing that broke.</summary>
    private async Task Finish(long id, string status, ImportSummary? summary, string? message)
    {
        try
        {
            await units.Run(Viewer.NoOne, work => work.Execute("""
            UPDATE import_jobs SET status = $2, phase = 'done', finished_at = clock_timestamp(), updated_at = clock_timestamp(),
                rows_read = coalesce($3, rows_read), bytes_read = file_bytes, import_id = $4, summary = $5::jsonb, message = $6
            WHERE id = $1
            """, id, status, summary?.Read, summary?.ImportId ?? summary?.AlreadyImportedAs, summary is null ? null : JsonSerializer.Serialize(summary, Json), message),
                CancellationToken.None);
        }
        catch (NpgsqlException e) { log.LogError(e, "Import job {Id} ended {Status} but could not be recorded", id, status); }
    }

    private static ImportJob Read(NpgsqlDataReader r) => new(r.GetInt64(0), Database.Codes.Parse<ImportKind>(r.GetString(1)), r.GetString(2),
        r.GetInt64(3), r.GetString(4), r.GetString(5), r.GetFieldValue<DateTimeOffset>(6), r.GetFieldValue<DateTimeOffset>(7),
        r.IsDBNull(8) ? null : r.GetFieldValue<DateTimeOffset>(8), r.GetString(9), r.GetString(10), r.GetInt32(11), r.GetInt64(12),
        r.IsDBNull(13) ? null : JsonSerializer.Deserialize<ImportSummary>(r.GetString(13), Json), r.IsDBNull(14) ? null : r.GetString(14),
        r.GetFloat(15));
}
