using Npgsql;

namespace Hotspots.Database;

/// <summary>The one way to read rows, for a <see cref="Work"/> and for a plain read on the shared data source.</summary>
public static class CommandReads
{
    /// <summary>Runs the command, reads every row with <paramref name="read"/> and disposes the command.</summary>
    public static async Task<List<T>> List<T>(this NpgsqlCommand command, Func<NpgsqlDataReader, T> read, CancellationToken cancel = default)
    {
        await using (command)
        {
            await using var reader = await command.ExecuteReaderAsync(cancel);
            var rows = new List<T>();
            while (await reader.ReadAsync(cancel)) rows.Add(read(reader));
            return rows;
        }
    }

    /// <summary>Runs the command for its first value, default when there is no row or it is NULL, and disposes the command.</summary>
    public static async Task<T?> Scalar<T>(this NpgsqlCommand command, CancellationToken cancel = default)
    {
        await using (command)
        {
            var value = await command.ExecuteScalarAsync(cancel);
            return value is null or DBNull ? default : (T)value;
        }
    }

    public static async Task<int> Execute(this NpgsqlCommand command, CancellationToken cancel = default)
    {
        await using (command) return await command.ExecuteNonQueryAsync(cancel);
    }
}
