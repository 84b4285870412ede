using System.Text.Json;
using Hotspots.Access;
using Npgsql;

namespace Hotspots.Database;

/// <summary>
/// One unit of work: a connection, its transaction and the viewer. Every statement of a change, its audit entry
/// and its notifications run here and commit together or not at all, so a refusal half-way leaves nothing behind.
/// </summary>
public sealed class Work(NpgsqlConnection connection, NpgsqlTransaction transaction, Viewer viewer, CancellationToken cancel = default)
{
    public Viewer Viewer { get; } = viewer;
    public NpgsqlConnection Connection { get; } = connection;
    public NpgsqlTransaction Transaction { get; } = transaction;
    public CancellationToken Cancel { get; } = cancel;

    /// <summary>Seconds a statement may take, 0 for no limit (an import's); the data source's own limit when null.</summary>
    public int? CommandTimeout { get; init; }

    /// <summary>A command in this unit of work with positional values $1, $2, …; null travels as SQL NULL.</summary>
    public NpgsqlCommand Command(string sql, params object?[] values) => New(sql).With(values);

    /// <summary>A command whose values were placed by <paramref name="conditions"/> (named, for SQL built from parts).</summary>
    public NpgsqlCommand Command(string sql, SqlConditions conditions) => New(sql).With(conditions);

    private NpgsqlCommand New(string sql)
    {
        var command = new NpgsqlCommand(sql, Connection, Transaction);
        if (CommandTimeout is { } seconds) command.CommandTimeout = seconds;
        return command;
    }

    public Task<T?> Scalar<T>(string sql, params object?[] values) => Command(sql, values).Scalar<T>(Cancel);
    public Task<T?> Scalar<T>(string sql, SqlConditions conditions) => Command(sql, conditions).Scalar<T>(Cancel);

    public Task<int> Execute(string sql, params object?[] values) => Command(sql, values).Execute(Cancel);
    public Task<int> Execute(string sql, SqlConditions conditions) => Command(sql, conditions).Execute(Cancel);

    /// <summary>Reads every row with <paramref name="read"/>.</summary>
    public Task<List<T>> List<T>(string sql, Func<NpgsqlDataReader, T> read, params object?[] values) => Command(sql, values).List(read, Cancel);
    public Task<List<T>> List<T>(string sql, Func<NpgsqlDataReader, T> read, SqlConditions conditions) => Command(sql, conditions).List(read, Cancel);

    /// <summary>The first row read with <paramref name="read"/>, or default when there is none.</summary>
    public async Task<T?> Single<T>(string sql, Func<NpgsqlDataReader, T> read, params object?[] values) =>
        (await List(sql, read, values)) is [var first, ..] ? first : default;

    public async Task<T?> Single<T>(string sql, Func<NpgsqlDataReader, T> read, SqlConditions conditions) =>
        (await List(sql, read, conditions)) is [var first, ..] ? first : default;

    /// <summary>The audit entry, written in this transaction so it stands or falls with the change it records.</summary>
    public Task Audit(string action, string? subject = null, object? detail = null, string? reason = null, string? origin = null) =>
        AuditAs(Viewer.Username, Viewer.Agency, action, subject, detail, reason, origin);

    /// <summary>The audit entry for someone not yet signed in (a refused sign-in) or no one (a retention sweep).</summary>
    public Task AuditAs(string? username, string? agency, string action, string? subject = null, object? detail = null, string? reason = null, string? origin = null) =>
        Execute("INSERT INTO audit_log (username, agency, action, subject, detail, reason, origin) VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7)",
            username, agency, action, subject, detail is null ? null : JsonSerializer.Serialize(detail), reason, origin);

    /// <summary>Sends <paramref name="payload"/> on <paramref name="channel"/> when the transaction commits.</summary>
    public Task Notify(string channel, string payload) => Execute("SELECT pg_notify($1, $2)", channel, payload);
}

/// <summary>Opens units of work on the one data source; registered once, used by every feature.</summary>
public sealed class UnitOfWork(NpgsqlDataSource dataSource)
{
    /// <summary>A change: every statement, its audit entry and its notifications commit together or not at all.</summary>
    public Task<T> Run<T>(Viewer viewer, Func<Work, Task<T>> change, CancellationToken cancel = default) =>
        Open(dataSource, viewer, readOnly: false, change, cancel);

    public Task Run(Viewer viewer, Func<Work, Task> change, CancellationToken cancel = default) =>
        Run<bool>(viewer, async work => { await change(work); return true; }, cancel);

    /// <summary>A read: its statements run in one transaction that the database refuses to let write.</summary>
    public Task<T> Read<T>(Viewer viewer, Func<Work, Task<T>> read, CancellationToken cancel = default) =>
        Open(dataSource, viewer, readOnly: true, read, cancel);

    /// <summary>The one place a connection and its transaction are opened, on the primary or the replica.</summary>
    internal static async Task<T> Open<T>(NpgsqlDataSource source, Viewer viewer, bool readOnly, Func<Work, Task<T>> body,
        CancellationToken cancel, int? commandTimeout = null)
    {
        await using var connection = await source.OpenConnectionAsync(cancel);
        await using var transaction = await connection.BeginTransactionAsync(cancel);
        var work = new Work(connection, transaction, viewer, cancel) { CommandTimeout = commandTimeout };
        if (readOnly) await work.Execute("SET TRANSACTION READ ONLY");
        var result = await body(work);
        await transaction.CommitAsync(cancel);
        return result;
    }
}
