using Npgsql;

namespace Hotspots.Imports;

/// <summary>
/// A first load into an empty incidents table builds its secondary indexes once, after the rows are in (migrations
/// 0020 and 0029), one index at a time so that the import reports progress between them.
/// </summary>
public static class IncidentIndexes
{
    /// <summary>How many indexes were set aside: none when the table already has rows, which keep their indexes.</summary>
    public static async Task<int> SetAsideIfEmpty(NpgsqlConnection connection, CancellationToken cancel)
    {
        var before = await Count(connection, cancel);
        await using (var drop = new NpgsqlCommand("SELECT incidents_drop_indexes_if_empty()", connection) { CommandTimeout = 0 })
            await drop.ExecuteScalarAsync(cancel);
        return before - await Count(connection, cancel);
    }

    /// <summary>
    /// Builds the indexes one by one; <paramref name="built"/> hears how many are done, fractions included: while an
    /// index builds, a second connection reads its progress from pg_stat_progress_create_index four times a second (half
    /// for the table scanned, half for the tuples loaded into the tree).
    /// </summary>
    public static async Task Restore(NpgsqlConnection connection, Action<double> built, CancellationToken cancel)
    {
        await using var watcher = connection.CloneWith(connection.ConnectionString);
        await watcher.OpenAsync(cancel);
        await using var building = new NpgsqlCommand("""
            SELECT 0.5 * coalesce(blocks_done::float8 / nullif(blocks_total, 0), 0) + 0.5 * coalesce(tuples_done::float8 / nullif(tuples_total, 0), 0)
            FROM pg_stat_progress_create_index WHERE pid = $1
            """, watcher);
        building.Parameters.Add(new NpgsqlParameter { Value = connection.ProcessID });
        await using var command = new NpgsqlCommand("SELECT incidents_restore_one_index()", connection) { CommandTimeout = 0 };
        for (var count = 0; ; count++)
        {
            var build = command.ExecuteScalarAsync(cancel);
            while (await Task.WhenAny(build, Task.Delay(250, cancel)) != build)
                if (await building.ExecuteScalarAsync(cancel) is double share) built(count + Math.Clamp(share, 0, 0.99));
            if (!(bool)(await build)!) return;
            built(count + 1);
        }
    }

    private static async Task<int> Count(NpgsqlConnection connection, CancellationToken cancel)
    {
        await using var command = new NpgsqlCommand("SELECT count(*)::int FROM pg_index WHERE indrelid = 'incidents'::regclass", connection);
        return (int)(await command.ExecuteScalarAsync(cancel))!;
    }
}
