using Npgsql;

namespace Hotspots.Database;

/// <summary>
/// Where the map and the analysis read incidents: a read replica when HOTSPOTS_DATABASE_READS names one, otherwise the
/// primary. Only reads go here; the audit entries those reads make are written to the primary.
/// </summary>
public sealed record ReadOnlyDatabase(NpgsqlDataSource DataSource, bool Separate) : IAsyncDisposable
{
    /// <summary>Closes the replica's pool; the primary's belongs to the container.</summary>
    public ValueTask DisposeAsync() => Separate ? DataSource.DisposeAsync() : ValueTask.CompletedTask;
}
