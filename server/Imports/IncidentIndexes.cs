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

    public static async Task Restore(NpgsqlConnection connection, Action<int> built, CancellationToken cancel)
    {
        await using var command = new NpgsqlCommand("SELECT incidents_restore_one_index()", connection) { CommandTimeout = 0 };
        for (var count = 1; (bool)(await command.ExecuteScalarAsync(cancel))!; count++) built(count);
    }

    private static async Task<int> Count(NpgsqlConnection connection, CancellationToken cancel)
    {
        await using var command = new NpgsqlCommand("SELECT count(*)::int FROM pg_index WHERE indrelid = 'incidents'::regclass", connection);
        return (int)(await command.ExecuteScalarAsync(cancel))!;
    }
}
