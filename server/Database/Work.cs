using System.Text.Json;
using Hotspots.Access;
using Npgsql;

namespace Hotspots.Database;

/// <summary>
/// One unit of work: a connection, its transaction and the viewer. Every statement of a change, its audit entry
/// and its notifications run here and commit together or not at all, so a refusal half-way leaves nothing behind.
/// </summary>
public sealed class Work(NpgsqlConnection connection, NpgsqlTransaction transaction, Viewer viewer)
{
    public Viewer Viewer { get; } = viewer;
    public NpgsqlConnection Connection { get; } = connection;
    public NpgsqlTransaction Transaction { get; } = transaction;

    /// <summary>A command in this unit of work with positional values $1, $2, …; null travels as SQL NULL.</summary>
    public NpgsqlCommand Command(string sql, params object?[] values) =>
        new NpgsqlCommand(sql, Connection, Transaction).With(values);

    public async Task<T?> Scalar<T>(string sql, params object?[] values)
    {
        await using var command = Command(sql, values);
        var value = await command.ExecuteScalarAsync();
        return value is null or DBNull ? default : (T)value;
    }

    public async Task<int> Execute(string sql, params object?[] values)
    {
        await using var command = Command(sql, values);
        return await command.ExecuteNonQueryAsync();
    }

    /// <summary>Reads every row with <paramref name="read"/>.</summary>
    public async Task<List<T>> List<T>(string sql, Func<NpgsqlDataReader, T> read, params object?[] values)
    {
        await using var command = Command(sql, values);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync()) rows.Add(read(reader));
        return rows;
    }

    /// <summary>The first row read with <paramref name="read"/>, or default when there is none.</summary>
    public async Task<T?> Single<T>(string sql, Func<NpgsqlDataReader, T> read, params object?[] values) =>
        (await List(sql, read, values)) is [var first, ..] ? first : default;

    /// <summary>The audit entry, written in this transaction so it stands or falls with the change it records.</summary>
    public Task Audit(string action, string? subject = null, object? detail = null, string? reason = null, string? origin = null) =>
        Execute("INSERT INTO audit_log (username, agency, action, subject, detail, reason, origin) VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7)",
            Viewer.Username, Viewer.Agency, action, subject, detail is null ? null : JsonSerializer.Serialize(detail), reason, origin);

    /// <summary>Sends <paramref name="payload"/> on <paramref name="channel"/> when the transaction commits.</summary>
    public Task Notify(string channel, string payload) => Execute("SELECT pg_notify($1, $2)", channel, payload);
}

/// <summary>Opens units of work on the one data source; registered once, used by every feature.</summary>
public sealed class UnitOfWork(NpgsqlDataSource dataSource)
{
    public async Task<T> Run<T>(Viewer viewer, Func<Work, Task<T>> change, CancellationToken cancel = default)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancel);
        await using var transaction = await connection.BeginTransactionAsync(cancel);
        var result = await change(new Work(connection, transaction, viewer));
        await transaction.CommitAsync(cancel);
        return result;
    }

    public Task Run(Viewer viewer, Func<Work, Task> change, CancellationToken cancel = default) =>
        Run<bool>(viewer, async work => { await change(work); return true; }, cancel);
}
