using System.Text.Json;
using Hotspots.Access;
using Hotspots.Database;

namespace Hotspots.Imports;

public sealed record RejectedRow(int Line, string? Reason, string? Source);

public sealed record ImportProfile(string Agency, string Name, IncidentMapping Mapping, DateTimeOffset UpdatedAt);

/// <summary>What imports left behind that people look at again: rejected rows to fix, and saved column mappings.</summary>
public sealed class ImportRecords(UnitOfWork units, AuditLog audit)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNameCaseInsensitive = true };

    /// <summary>The rejected rows of an import, for administrators and analysts of its agency; audited. Null when not theirs.</summary>
    public async Task<List<RejectedRow>?> Rejected(Viewer viewer, long importId, int first, CancellationToken cancel)
    {
        var rows = await units.Read(viewer, async work =>
            await work.Scalar<string>("SELECT agency FROM imports WHERE id = $1", importId) is { } agency && MayManage(viewer, agency)
                ? await work.List("SELECT line, reason, source FROM import_rows WHERE import_id = $1 AND outcome = 'rejected' ORDER BY line LIMIT $2",
                    r => new RejectedRow(r.GetInt32(0), r.IsDBNull(1) ? null : r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2)), importId, first)
                : null, cancel);
        if (rows is null) return null;
        await audit.Record(viewer, "read rejected rows", $"import:{importId}", new { rows = rows.Count }, cancel: cancel);
        return rows;
    }

    public async Task<List<ImportProfile>> Profiles(Viewer viewer, string? agency, CancellationToken cancel)
    {
        agency ??= viewer.Agency;
        if (!MayManage(viewer, agency)) throw new ImportRefused($"Only administrators and {agency}'s analysts see {agency}'s import profiles.");
        return await units.Read(viewer, work => work.List("SELECT agency, name, mapping::text, updated_at FROM import_profiles WHERE agency = $1 ORDER BY name",
            r => new ImportProfile(r.GetString(0), r.GetString(1), JsonSerializer.Deserialize<IncidentMapping>(r.GetString(2), Json)!,
                r.GetFieldValue<DateTimeOffset>(3)), agency), cancel);
    }

    public async Task<ImportProfile> Save(Viewer viewer, string? agency, string name, IncidentMapping mapping, CancellationToken cancel)
    {
        agency ??= viewer.Agency;
        if (!MayManage(viewer, agency)) throw new ImportRefused($"Only administrators and {agency}'s analysts save {agency}'s import profiles.");
        if (mapping.Columns.Keys.FirstOrDefault(f => !IncidentMapping.Fields.Contains(f)) is { } unknown)
            throw new ImportRefused($"'{unknown}' is not a field we import; the fields are {string.Join(", ", IncidentMapping.Fields)}.");
        return await units.Run(viewer, async work =>
        {
            var updated = new DateTimeOffset(await work.Scalar<DateTime>("""
                INSERT INTO import_profiles (agency, name, mapping) VALUES ($1, $2, $3::jsonb)
                ON CONFLICT (agency, name) DO UPDATE SET mapping = excluded.mapping, updated_at = now()
                RETURNING updated_at
                """, agency, name, JsonSerializer.Serialize(mapping)), TimeSpan.Zero);
            await work.Audit("save import profile", $"import_profile:{agency}/{name}", mapping);
            return new ImportProfile(agency, name, mapping, updated);
        }, cancel);
    }

    private static bool MayManage(Viewer viewer, string agency) =>
        viewer.Role == Role.Administrator || (viewer.Role == Role.Analyst && viewer.Agency == agency);
}
