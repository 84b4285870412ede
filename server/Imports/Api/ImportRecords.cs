using System.Text.Json;
using Hotspots.Access;
using Hotspots.Database;
using Npgsql;

namespace Hotspots.Imports;

public sealed record RejectedRow(int Line, string? Reason, string? Source);

public sealed record ImportProfile(string Agency, string Name, IncidentMapping Mapping, DateTimeOffset UpdatedAt);

/// <summary>What imports left behind that people look at again: rejected rows to fix, and saved column mappings.</summary>
public sealed class ImportRecords(NpgsqlDataSource dataSource, AuditLog audit)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    /// <summary>The rejected rows of an import, for administrators and analysts of its agency; audited. Null when not theirs.</summary>
    public async Task<List<RejectedRow>?> Rejected(Viewer viewer, long importId, int first, CancellationToken cancel)
    {
        await using var owner = dataSource.CreateCommand("SELECT agency FROM imports WHERE id = $1").With(importId);
        if (await owner.ExecuteScalarAsync(cancel) is not string agency || !MayManage(viewer, agency)) return null;
        await using var command = dataSource.CreateCommand(
            "SELECT line, reason, source FROM import_rows WHERE import_id = $1 AND outcome = 'rejected' ORDER BY line LIMIT $2").With(importId, first);
        var rows = new List<RejectedRow>();
        await using (var reader = await command.ExecuteReaderAsync(cancel))
            while (await reader.ReadAsync(cancel))
                rows.Add(new RejectedRow(reader.GetInt32(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2)));
        await audit.Record(viewer, "read rejected rows", $"import:{importId}", new { rows = rows.Count }, cancel: cancel);
        return rows;
    }

    public async Task<List<ImportProfile>> Profiles(Viewer viewer, string? agency, CancellationToken cancel)
    {
        agency ??= viewer.Agency;
        if (!MayManage(viewer, agency)) throw new ImportRefused($"Only administrators and {agency}'s analysts see {agency}'s import profiles.");
        await using var command = dataSource.CreateCommand("SELECT agency, name, mapping::text, updated_at FROM import_profiles WHERE agency = $1 ORDER BY name").With(agency);
        var profiles = new List<ImportProfile>();
        await using var reader = await command.ExecuteReaderAsync(cancel);
        while (await reader.ReadAsync(cancel))
            profiles.Add(new ImportProfile(reader.GetString(0), reader.GetString(1), JsonSerializer.Deserialize<IncidentMapping>(reader.GetString(2), Json)!,
                reader.GetFieldValue<DateTimeOffset>(3)));
        return profiles;
    }

    public async Task<ImportProfile> Save(Viewer viewer, string? agency, string name, IncidentMapping mapping, CancellationToken cancel)
    {
        agency ??= viewer.Agency;
        if (!MayManage(viewer, agency)) throw new ImportRefused($"Only administrators and {agency}'s analysts save {agency}'s import profiles.");
        if (mapping.Columns.Keys.FirstOrDefault(f => !IncidentMapping.Fields.Contains(f)) is { } unknown)
            throw new ImportRefused($"'{unknown}' is not a field we import; the fields are {string.Join(", ", IncidentMapping.Fields)}.");
        await using var command = dataSource.CreateCommand("""
            INSERT INTO import_profiles (agency, name, mapping) VALUES ($1, $2, $3::jsonb)
            ON CONFLICT (agency, name) DO UPDATE SET mapping = excluded.mapping, updated_at = now()
            RETURNING updated_at
            """).With(agency, name, JsonSerializer.Serialize(mapping));
        var updated = new DateTimeOffset((DateTime)(await command.ExecuteScalarAsync(cancel))!, TimeSpan.Zero);
        await audit.Record(viewer, "save import profile", $"import_profile:{agency}/{name}", mapping, cancel: cancel);
        return new ImportProfile(agency, name, mapping, updated);
    }

    private static bool MayManage(Viewer viewer, string agency) =>
        viewer.Role == Role.Administrator || (viewer.Role == Role.Analyst && viewer.Agency == agency);
}
