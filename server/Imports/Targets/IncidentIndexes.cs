using Hotspots.Database;
using Npgsql;

namespace Hotspots.Imports;

/// <summary>
/// A first load into an empty incidents table builds its secondary indexes once, after the rows are in (migrations
/// 0020 and 0029), one index at a time so that the import reports progress between them.
/// </summary>
public static class IncidentIndexes
{
    /// <summary>How many indexes were set aside: none when the table already has rows, which keep their indexes.</summary>
    public static async Task<int> SetAsideIfEmpty(Work work)
    {
        var before = await Count(work);
        await work.Execute("SELECT incidents_drop_indexes_if_empty()");
        return before - await Count(work);
    }

    /// <summary>
    /// Builds the indexes one by one; <paramref name="built"/> hears how many are done, fractions included: while an
    /// index builds, a second connection reads its progress from pg_stat_progress_create_index four times a second (half
    /// for the table scanned, half for the tuples loaded into the tree).
    /// </summary>
    public static async Task Restore(Work work, Action<double> built)
    {
        var (connection, cancel) = (work.Connection, work.Cancel);
        // A second session, outside the import's transaction: only from outside can the index build be watched.
        await using var watcher = connection.CloneWith(connection.ConnectionString);
        await watcher.OpenAsync(cancel);
        await using var building = new NpgsqlCommand("""
            SELECT 0.5 * coalesce(blocks_done::float8 / nullif(blocks_total, 0), 0) + 0.5 * coalesce(tuples_done::float8 / nullif(tuples_total, 0), 0)
            FROM pg_stat_progress_create_index WHERE pid = $1
            """, watcher).With(connection.ProcessID);
        await using var command = work.Command("SELECT incidents_restore_one_index()");
        for (var count = 0; ; count++)
        {
            var build = command.ExecuteScalarAsync(cancel);
            while (await Task.WhenAny(build, Task.Delay(250, cancel)) != build)
                if (await building.ExecuteScalarAsync(cancel) is double share) built(count + Math.Clamp(share, 0, 0.99));
            if (!(bool)(await build)!) return;
            built(count + 1);
        }
    }

    private static Task<int> Count(Work work) => work.Scalar<int>("SELECT count(*)::int FROM pg_index WHERE indrelid = 'incidents'::regclass");
}
