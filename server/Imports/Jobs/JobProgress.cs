using Hotspots.Database;
using Npgsql;

namespace Hotspots.Imports;

/// <summary>
/// Writes a running job's latest progress to import_jobs once a second, on the connection that holds its lock, also
/// while the database works on a long statement and no new progress comes.
/// </summary>
public sealed class JobProgress : IAsyncDisposable
{
    private readonly NpgsqlConnection keeper;
    private readonly long id;
    private readonly ILogger log;
    private readonly CancellationTokenSource stop = new();
    private readonly Task writing;
    private ImportProgress? latest;

    public JobProgress(NpgsqlConnection keeper, long id, ILogger log)
    {
        (this.keeper, this.id, this.log) = (keeper, id, log);
        writing = Task.Run(Write);
    }

    public void Report(ImportProgress progress) => latest = progress;

    private async Task Write()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(1));
        try
        {
            while (await timer.WaitForNextTickAsync(stop.Token))
            {
                if (latest is not { } p) continue;
                // On the keeper, outside any unit of work: the import's transaction is still open, and this is seen at once.
                await using var command = new NpgsqlCommand("""
                    UPDATE import_jobs SET phase = $2, rows_read = $3, bytes_read = $4, fraction_done = $5, updated_at = clock_timestamp()
                    WHERE id = $1 AND status = 'running'
                    """, keeper).With(id, p.Phase, p.Rows, p.BytesRead, (float)p.Done);
                await command.ExecuteNonQueryAsync(stop.Token);
            }
        }
        catch (OperationCanceledException) { }
        catch (NpgsqlException e) { log.LogWarning(e, "Progress of import job {Id} is no longer written", id); }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await writing;
        stop.Dispose();
    }
}
