using System.Text.Json;
using Hotspots.Access;
using Hotspots.Database;
using Npgsql;

namespace Hotspots.Problems;

/// <summary>
/// One change in one transaction: the rows, the plan's timeline event, the audit entry and the group's
/// notification commit together or not at all, so a refusal half-way leaves nothing behind.
/// </summary>
public sealed class ProblemWork(NpgsqlConnection connection, NpgsqlTransaction transaction, Viewer viewer)
{
    public Viewer Viewer { get; } = viewer;

    public NpgsqlCommand Command(string sql, params object?[] values) =>
        new NpgsqlCommand(sql, connection, transaction).With(values);

    public async Task<T?> Scalar<T>(string sql, params object?[] values)
    {
        await using var command = Command(sql, values);
        var value = await command.ExecuteScalarAsync();
        return value is null or DBNull ? default : (T)value;
    }

    public async Task Execute(string sql, params object?[] values)
    {
        await using var command = Command(sql, values);
        await command.ExecuteNonQueryAsync();
    }

    public Task Audit(string action, string subject, object? detail = null) => Execute(
        "INSERT INTO audit_log (username, agency, action, subject, detail) VALUES ($1, $2, $3, $4, $5::jsonb)",
        Viewer.Username, Viewer.Agency, action, subject, detail is null ? null : JsonSerializer.Serialize(detail));

    /// <summary>Writes the plan's timeline event and the audit entry, and tells the plan's group (see <see cref="GroupChannel"/>).</summary>
    public async Task Record(long planId, PlanEventKind kind, string subject, int? version, IReadOnlyList<string> fields, string summary)
    {
        await Execute("""
            INSERT INTO plan_events (plan_id, username, agency, kind, subject, version, fields, summary)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
            """, planId, Viewer.Username, Viewer.Agency, Codes.Of(kind), subject, version, fields.ToArray(), summary);
        await Audit(Codes.Of(kind).Replace('_', ' '), subject, new { planId, version, fields, summary });
        await Execute("SELECT pg_notify($1, $2)", GroupChannel.Of(await GroupOf(planId)),
            JsonSerializer.Serialize(new GroupNotice(planId, Codes.Of(kind), subject, Viewer.Username, DateTimeOffset.UtcNow, summary), GroupChannel.Json));
    }

    private async Task<long> GroupOf(long planId) => await Scalar<long>("SELECT group_id FROM plans WHERE id = $1", planId);
}

public sealed class ProblemWrites(NpgsqlDataSource dataSource)
{
    public async Task<T> Run<T>(Viewer viewer, Func<ProblemWork, Task<T>> change, CancellationToken cancel)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancel);
        await using var transaction = await connection.BeginTransactionAsync(cancel);
        var result = await change(new ProblemWork(connection, transaction, viewer));
        await transaction.CommitAsync(cancel);
        return result;
    }
}
