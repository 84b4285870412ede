using Npgsql;

namespace Hotspots.Database;

/// <summary>Keyset paging by id: a page of rows after a cursor, and whether more follow.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, bool HasNextPage, Func<Task<long>> TotalCount)
{
    /// <summary>Runs a query limited to first + 1 rows: the extra row only says another page follows.</summary>
    public static async Task<Page<T>> Read(NpgsqlCommand command, int first, Func<NpgsqlDataReader, T> read,
        Func<Task<long>> totalCount, CancellationToken cancel)
    {
        var items = new List<T>();
        await using (command)
        await using (var reader = await command.ExecuteReaderAsync(cancel))
            while (await reader.ReadAsync(cancel))
                items.Add(read(reader));
        var more = items.Count > first;
        if (more) items.RemoveAt(items.Count - 1);
        return new Page<T>(items, more, totalCount);
    }

    /// <summary>A total from a count(*) query, run only when someone asks for it.</summary>
    public static Func<Task<long>> Count(SqlConditions sql, NpgsqlDataSource dataSource, string countSql, CancellationToken cancel) => async () =>
    {
        await using var count = sql.Command(dataSource, countSql);
        return (long)(await count.ExecuteScalarAsync(cancel))!;
    };
}

public sealed record PageRequest(int First, long After);
