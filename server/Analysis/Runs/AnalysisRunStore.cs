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

    /// <param name="cells">For Gi*, else null: the SQL that makes the cells' GeoJSON in the database, so the text (tens of
    /// megabytes for a district) is stored without travelling to this server and back; the returned run reads it on demand.</param>
    public async Task<AnalysisRun> Save(Viewer viewer, AnalysisMethod method, IReadOnlyList<AnalysisParameter> parameters,
        IncidentFilter filter, long[] ids, UsedCells counted, Sensitivity classification, IReadOnlyList<string> explanation, AnalysisResult result,
        Func<SqlConditions, string>? cells, CancellationToken cancel)
    {
        var sql = new SqlConditions();
        var incidents = checked((int)(ids.Length + counted.Total));
        var generalised = counted.N.Length > 0;
        await using var command = sql.Command(dataSource, $"""
            INSERT INTO analysis_runs (method, parameters, filter, incident_ids, counted_x, counted_y, counted_n, incident_count, explanation, result,
                created_by, agency, generalised, classification)
            VALUES ({sql.Parameter(Codes.Of(method))}, {sql.Parameter(JsonSerializer.Serialize(parameters, Json))}::jsonb,
                {sql.Parameter(JsonSerializer.Serialize(filter.Audited(), Json))}::jsonb, {sql.Parameter(ids)},
                {sql.Parameter(counted.X)}, {sql.Parameter(counted.Y)}, {sql.Parameter(counted.N)}, {sql.Parameter(incidents)},
                {sql.Parameter(explanation.ToArray())}, {sql.Parameter(JsonSerializer.Serialize(WithoutGeoJson(result), Json))}::jsonb
                    || jsonb_build_object('cells', {cells?.Invoke(sql) ?? "NULL::text"},
                        'clusters', {sql.Parameter(result.Clusters)}::text, 'emerging', {sql.Parameter(result.Emerging)}::text),
                {sql.Parameter(viewer.Username)}, {sql.Parameter(viewer.Agency)}, {sql.Parameter(generalised)}, {sql.Parameter(Codes.Of(classification))})
            RETURNING id, created_at
            """);
        using var forget = command.ForgetParameters();
        await using var reader = await command.ExecuteReaderAsync(cancel);
        await reader.ReadAsync(cancel);
        return new AnalysisRun(reader.GetInt64(0), method, parameters, explanation, incidents, generalised, viewer.Username,
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

    /// <summary>The Gi* cells of a run the caller already holds (so may see), read when a client asks for them.</summary>
    public async Task<byte[]?> Cells(long id, CancellationToken cancel)
    {
        await using var command = dataSource.CreateCommand("SELECT convert_to(result->>'cells', 'UTF8') FROM analysis_runs WHERE id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        await using var reader = await command.ExecuteStreamingReaderAsync(cancel);
        return await reader.ReadAsync(cancel) && !reader.IsDBNull(0) ? reader.GetFieldValue<byte[]>(0) : null;
    }

    // The GeoJSON goes to PostgreSQL as text of its own: escaping tens of megabytes of it into the result's JSON here
    // rented a buffer six times its length from the shared pool, which then kept it.
    private static AnalysisResult WithoutGeoJson(AnalysisResult result) => result with { Cells = null, Clusters = null, Emerging = null };
}
