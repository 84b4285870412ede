using Hotspots.Access;
using Npgsql;

namespace Hotspots.Database;

/// <summary>Keyset paging by id: a page of rows after a cursor, and whether more follow.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, bool HasNextPage, Func<Task<long>> TotalCount)
{
    /// <summary>
    /// Runs <paramref name="pageSql"/>, limited to first + 1 rows: the extra row only says another page follows. The total,
    /// <paramref name="countSql"/> on the same conditions, runs in a read of its own only when someone asks for it.
    /// </summary>
    public static async Task<Page<T>> Read(UnitOfWork units, Viewer viewer, SqlConditions sql, string pageSql, string countSql,
        int first, Func<NpgsqlDataReader, T> read, CancellationToken cancel)
    {
        var items = await units.Read(viewer, work => work.List(pageSql, read, sql), cancel);
        var more = items.Count > first;
        if (more) items.RemoveAt(items.Count - 1);
        return new Page<T>(items, more, () => units.Read(viewer, work => work.Scalar<long>(countSql, sql), cancel));
    }
}

public sealed record PageRequest(int First, long After);
