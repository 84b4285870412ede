using System.Text.Json;
using Hotspots.Access;
using Hotspots.Database;
using Hotspots.Incidents;
using Npgsql;

namespace Hotspots.Analysis;

/// <summary>
/// Keeps runs frozen. A run is reopened only by viewers whose view holds everything it used (see <see cref="Reopenable"/>);
/// every reopen and every refusal is audited.
/// </summary>
public sealed class AnalysisRunStore(UnitOfWork units, AuditLog audit)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <param name="analysed">For Gi*, the incidents in the analysed cells; otherwise every incident the run read.</param>
    /// <param name="cells">For Gi*, else null: the SQL that makes the cells' GeoJSON in the database, so the text (tens of
    /// megabytes for a district) is stored without travelling to this server and back; the returned run reads it on demand.</param>
    public async Task<AnalysisRun> Save(Viewer viewer, AnalysisMethod method, IReadOnlyList<AnalysisParameter> parameters,
        IncidentFilter filter, long[] ids, UsedCells counted, Sensitivity classification, IReadOnlyList<string> explanation, AnalysisResult result,
        Func<SqlConditions, string>? cells, CancellationToken cancel, int? analysed = null)
    {
        var sql = new SqlConditions();
        var incidents = analysed ?? checked((int)(ids.Length + counted.Total));
        var generalised = counted.N.Length > 0;
        var insert = $"""
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
            """;
        return await units.Run(viewer, async work =>
        {
            await using var command = work.Command(insert, sql);
            using var forget = command.ForgetParameters();
            await using var reader = await command.ExecuteReaderAsync(work.Cancel);
            await reader.ReadAsync(work.Cancel);
            return new AnalysisRun(reader.GetInt64(0), method, parameters, explanation, incidents, generalised, viewer.Username,
                reader.GetFieldValue<DateTimeOffset>(1), result, classification);
        }, cancel);
    }

    /// <summary>The run, or null when there is none the viewer may open: a missing run and a forbidden one answer alike.</summary>
    public async Task<AnalysisRun?> ById(Viewer viewer, long id, CancellationToken cancel)
    {
        var run = await Read(viewer, id, cancel);
        await audit.Record(viewer, run is null ? "reopen analysis run refused" : "reopen analysis run", $"analysis:{id}", cancel: cancel);
        return run;
    }

    /// <summary>What a refused run is called, whether or not it exists.</summary>
    public static string NoneToOpen(long id) => $"There is no analysis run {id} you may open.";

    private Task<AnalysisRun?> Read(Viewer viewer, long id, CancellationToken cancel)
    {
        var sql = new SqlConditions();
        var select = $"""
            SELECT id, method, parameters::text, explanation, incident_count, generalised, created_by, created_at,
                (result - 'cells' - 'clusters' - 'emerging')::text, classification, result->>'cells', result->>'clusters', result->>'emerging'
            FROM analysis_runs run WHERE id = {sql.Parameter(id)} AND {Reopenable(sql, viewer, "run")}
            """;
        return units.Read(viewer, work => work.Single(select, r => new AnalysisRun(r.GetInt64(0), Codes.Parse<AnalysisMethod>(r.GetString(1)),
            JsonSerializer.Deserialize<List<AnalysisParameter>>(r.GetString(2), Json)!, r.GetFieldValue<string[]>(3), r.GetInt32(4),
            r.GetBoolean(5), r.GetString(6), r.GetFieldValue<DateTimeOffset>(7), JsonSerializer.Deserialize<AnalysisResult>(r.GetString(8), Json)! with
            {
                Cells = r.IsDBNull(10) ? null : r.GetString(10), Clusters = r.IsDBNull(11) ? null : r.GetString(11), Emerging = r.IsDBNull(12) ? null : r.GetString(12),
            },
            Codes.Parse<Sensitivity>(r.GetString(9))), sql), cancel);
    }

    /// <summary>The Gi* cells of a run, read when a client asks for them, under the same rule as reopening it.</summary>
    public Task<byte[]?> Cells(Viewer viewer, long id, CancellationToken cancel)
    {
        var sql = new SqlConditions();
        var select = $"SELECT convert_to(result->>'cells', 'UTF8') FROM analysis_runs run WHERE id = {sql.Parameter(id)} AND {Reopenable(sql, viewer, "run")}";
        return units.Read(viewer, async work =>
        {
            await using var command = work.Command(select, sql);
            await using var reader = await command.ExecuteStreamingReaderAsync(work.Cancel);
            return await reader.ReadAsync(work.Cancel) && !reader.IsDBNull(0) ? reader.GetFieldValue<byte[]>(0) : null;
        }, cancel);
    }

    /// <summary>
    /// Whether the viewer's view holds everything a run (a row of analysis_runs named <paramref name="run"/>) used: they made it;
    /// or they see every incident it used in full now (incident_access; a record since deleted is not seen), and, when it
    /// used generalised records, they have its maker's role and agency, so the counted cells are theirs too. The CASE
    /// keeps the maker's own reopen from checking a million incidents; a refusal stops at the first record not seen in full.
    /// </summary>
    public static string Reopenable(SqlConditions sql, Viewer viewer, string run)
    {
        string username = sql.Parameter(viewer.Username), agency = sql.Parameter(viewer.Agency), role = sql.Parameter(Codes.Of(viewer.Role));
        return $"""
            CASE WHEN {run}.created_by = {username} THEN true
                WHEN {run}.generalised AND NOT ({run}.agency = {agency}
                    AND EXISTS (SELECT 1 FROM accounts maker WHERE maker.username = {run}.created_by AND maker.role = {role})) THEN false
                ELSE NOT EXISTS (SELECT 1 FROM unnest({run}.incident_ids) used(id) LEFT JOIN incidents i ON i.id = used.id, viewer_rights({username}, {agency}) r
                    WHERE i.id IS NULL OR incident_access(i.id, i.source_agency, i.sensitivity, i.agreement_reference, {agency}, {role},
                        r.opened, r.granted, r.agreements, r.assigned) <> 'full')
            END
            """;
    }

    // The GeoJSON goes to PostgreSQL as text of its own: escaping tens of megabytes of it into the result's JSON here
    // rented a buffer six times its length from the shared pool, which then kept it.
    private static AnalysisResult WithoutGeoJson(AnalysisResult result) => result with { Cells = null, Clusters = null, Emerging = null };
}
