using System.Data;
using Npgsql;

namespace Hotspots.Database;

/// <summary>
/// For commands that carry tens of megabytes (a run's incident ids, its cells). A pooled connection keeps its last
/// reader, and through it the last command's parameters and any row buffer larger than the usual one, until the
/// connection is next used: a heap dump at 50 users found 47 MB of cells text held that way by each of several idle
/// connections.
/// </summary>
public static class LargeValues
{
    /// <summary>Forgets the command's parameters when disposed; declare it after the command so it goes first.</summary>
    public static IDisposable ForgetParameters(this NpgsqlCommand command) => new Forgetting(command);

    /// <summary>Reads the row column by column from the connection, without first copying it whole into a row buffer.</summary>
    public static Task<NpgsqlDataReader> ExecuteStreamingReaderAsync(this NpgsqlCommand command, CancellationToken cancel) =>
        command.ExecuteReaderAsync(CommandBehavior.SequentialAccess, cancel);

    private sealed class Forgetting(NpgsqlCommand command) : IDisposable
    {
        public void Dispose() => command.Parameters.Clear();
    }
}
