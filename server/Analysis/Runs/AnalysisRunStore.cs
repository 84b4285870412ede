using System.Text.Json;
using Hotspots.Access;
using Hotspots.Database;
using Hotspots.Incidents;
using Npgsql;

namespace Hotspots.Analysis;

/// <summary>
/// Keeps runs frozen. A run is reopened by whoever ran it, and within their agency by analysts, or by anyone
/// when it was computed on generalised incidents.
/// </summary>
public sealed class AnalysisRunStore(NpgsqlDataSource dataSource)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<AnalysisRun> Save(Viewer viewer, AnalysisMethod method, IReadOnlyList<AnalysisParameter> parameters,
        IncidentFilter filter, long[] ids, bool generalised, Sensitivity classification, IReadOnlyList<string> explanation, AnalysisResult result, CancellationToken cancel)
    {
        await using var command = dataSource.CreateCommand("""
            INSERT INTO analysis_runs (method, parameters, filter, incident_ids, incident_count, explanation, result, created_by, agency, generalised, classification)
            VALUES ($1, $2::jsonb, $3::jsonb, $4, $5, $6, $7::jsonb || jsonb_build_object('cells', $12::text, 'clusters', $13::text, 'emerging', $14::text),
                $8, $9, $10, $11) RETURNING id, created_at
            """);
        foreach (var value in new object?[] { Codes.Of(method), JsonSerializer.Serialize(parameters, Json), JsonSerializer.Serialize(filter.Audited(), Json),
                     ids, ids.Length, explanation.ToArray(), JsonSerializer.Serialize(WithoutGeoJson(result), Json), viewer.Username, viewer.Agency, generalised,
                     Codes.Of(classification), result.Cells, result.Clusters, result.Emerging })
            command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        using var forget = command.ForgetParameters();
        await using var reader = await command.ExecuteReaderAsync(cancel);
        await reader.ReadAsync(cancel);
        return new AnalysisRun(reader.GetInt64(0), method, parameters, explanation, ids.Length, generalised, viewer.Username,
            reader.GetFieldValue<DateTimeOffset>(1), result, classification);
    }

    public async Task<AnalysisRun?> ById(Viewer viewer, long id, CancellationToken cancel)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT id, method, parameters::text, explanation, incident_count, generalised, created_by, created_at,
                (result - 'cells' - 'clusters' - 'emerging')::text, classification, result->>'cells', result->>'clusters', result->>'emerging'
            FROM analysis_runs WHERE id = $1 AND (created_by = $3 OR (agency = $2 AND (generalised OR $4 = 'analyst')))
            """);
        foreach (var value in new object[] { id, viewer.Agency, viewer.Username, Codes.Of(viewer.Role) })
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        await using var r = await command.ExecuteReaderAsync(cancel);
        if (!await r.ReadAsync(cancel)) return null;
        return new AnalysisRun(r.GetInt64(0), Codes.Parse<AnalysisMethod>(r.GetString(1)),
            JsonSerializer.Deserialize<List<AnalysisParameter>>(r.GetString(2), Json)!, r.GetFieldValue<string[]>(3), r.GetInt32(4),
            r.GetBoolean(5), r.GetString(6), r.GetFieldValue<DateTimeOffset>(7), JsonSerializer.Deserialize<AnalysisResult>(r.GetString(8), Json)! with
            {
                Cells = r.IsDBNull(10) ? null : r.GetString(10), Clusters = r.IsDBNull(11) ? null : r.GetString(11), Emerging = r.IsDBNull(12) ? null : r.GetString(12),
            },
            Codes.Parse<Sensitivity>(r.GetString(9)));
    }

    // The GeoJSON goes to PostgreSQL as text of its own: escaping tens of megabytes of it into the result's JSON here
    // rented a buffer six times its length from the shared pool, which then kept it.
    private static AnalysisResult WithoutGeoJson(AnalysisResult result) => result with { Cells = null, Clusters = null, Emerging = null };
}
