using GraphQL;
using Hotspots.Access;
using Hotspots.Areas;
using Npgsql;

namespace Hotspots.Analysis;

/// <summary>Turns a hotspot of a saved run into an area of kind HOTSPOT that problem-solving plans can work on.</summary>
public sealed class SavedHotspots(NpgsqlDataSource dataSource, AnalysisRunStore runs, AreaSearch areas, AuditLog audit)
{
    public async Task<Area> Save(Viewer viewer, long runId, int number, string name, CancellationToken cancel)
    {
        if (viewer.Role is not (Role.Analyst or Role.GroupChair))
            throw new ExecutionError("Only analysts and group chairs can save hotspots as areas.");
        if (string.IsNullOrWhiteSpace(name)) throw new ExecutionError("Give the hotspot a name: it is empty.");
        var run = await runs.ById(viewer, runId, cancel) ?? throw new ExecutionError($"There is no analysis run {runId} you may see.");
        var hotspot = run.Result.Hotspots.FirstOrDefault(h => h.Number == number)
            ?? throw new ExecutionError(run.Result.Hotspots.Count == 0
                ? $"Run {runId} found no hotspots to save."
                : $"Run {runId} has no hotspot {number}: its hotspots are numbered {string.Join(", ", run.Result.Hotspots.Select(h => h.Number))}.");
        var code = $"RUN-{runId}-{number}";
        await using var command = dataSource.CreateCommand("""
            INSERT INTO areas (code, name, kind, boundary, analysis_run_id, hotspot_incidents, hotspot_peak_z)
            VALUES ($1, $2, 'hotspot', ST_Multi(ST_CollectionExtract(ST_MakeValid(ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON($3), 4326), 27700)), 3)),
                $4, $5, $6)
            ON CONFLICT (kind, code) DO NOTHING RETURNING id
            """);
        foreach (var value in new object[] { code, name.Trim(), hotspot.Shape, runId, hotspot.Incidents, hotspot.PeakZ })
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        if (await command.ExecuteScalarAsync(cancel) is not long id)
            throw new ExecutionError($"Hotspot {number} of run {runId} is already saved (area code {code}).");
        await audit.Record(viewer, "save hotspot", $"area:{id}", new { runId, number, name }, cancel: cancel);
        return (await areas.ById(id, cancel))!;
    }
}
