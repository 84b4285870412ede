using System.Text.Json;
using Npgsql;

namespace Hotspots.Access;

/// <summary>Append-only record of who saw and changed what; the table refuses updates and deletes.</summary>
public sealed class AuditLog(NpgsqlDataSource dataSource)
{
    public async Task Record(string? username, string? agency, string action, string? subject = null,
        object? detail = null, string? reason = null, string? origin = null, CancellationToken cancel = default)
    {
        await using var command = dataSource.CreateCommand(
            "INSERT INTO audit_log (username, agency, action, subject, detail, reason, origin) VALUES ($1, $2, $3, $4, $5::jsonb, $6, $7)");
        foreach (var value in new object?[] { username, agency, action, subject, detail is null ? null : JsonSerializer.Serialize(detail), reason, origin })
            command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        await command.ExecuteNonQueryAsync(cancel);
    }

    public Task Record(Viewer viewer, string action, string? subject = null, object? detail = null, string? reason = null, string? origin = null, CancellationToken cancel = default) =>
        Record(viewer.Username, viewer.Agency, action, subject, detail, reason, origin, cancel);
}
