namespace Hotspots.Database;

/// <summary>Keyset paging by id: a page of rows after a cursor, and whether more follow.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, bool HasNextPage, Func<Task<long>> TotalCount);

public sealed record PageRequest(int First, long After);
