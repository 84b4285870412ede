using Hotspots.Access;
using Npgsql;

namespace Hotspots.Database;

/// <summary>
/// Where the map and the analysis read incidents: a read replica when HOTSPOTS_DATABASE_READS names one, otherwise the
/// primary. Only reads go here; the audit entries those reads make are written to the primary.
/// </summary>
public sealed record ReadOnlyDatabase(NpgsqlDataSource DataSource, bool Separate) : IAsyncDisposable
{
    /// <summary>A read unit of work on the replica (or the primary when there is none); see <see cref="UnitOfWork.Read{T}"/>.</summary>
    public Task<T> Read<T>(Viewer viewer, Func<Work, Task<T>> read, CancellationToken cancel = default) =>
        UnitOfWork.Open(DataSource, viewer, readOnly: true, read, cancel);

    /// <summary>Closes the replica's pool; the primary's belongs to the container.</summary>
    public ValueTask DisposeAsync() => Separate ? DataSource.DisposeAsync() : ValueTask.CompletedTask;
}
