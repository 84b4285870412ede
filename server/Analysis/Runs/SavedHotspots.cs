using GraphQL;
using Hotspots.Access;
using Hotspots.Areas;
using Hotspots.Database;
using NetTopologySuite.Geometries;
using Npgsql;
using NpgsqlTypes;

namespace Hotspots.Analysis;

/// <summary>Turns a hotspot of a saved run into an area of kind HOTSPOT that problem-solving plans can work on.</summary>
public sealed class SavedHotspots(NpgsqlDataSource dataSource, AnalysisRunStore runs, AreaSearch areas, HotspotBoundaries boundaries, AuditLog audit)
{
    public async Task<Area> Save(Viewer viewer, long runId, int number, string name, CancellationToken cancel)
    {
        if (viewer.Role is not (Role.Analyst or Role.GroupChair))
            throw new HotspotRefused("Only analysts and group chairs can save hotspots as areas.");
        if (string.IsNullOrWhiteSpace(name)) throw new HotspotRefused("Give the hotspot a name: it is empty.");
        var run = await runs.ById(viewer, runId, cancel) ?? throw new HotspotRefused(AnalysisRunStore.NoneToOpen(runId));
        var hotspot = run.Result.Hotspots.FirstOrDefault(h => h.Number == number)
            ?? throw new HotspotRefused(run.Result.Hotspots.Count == 0
                ? $"Run {runId} found no hotspots to save."
                : $"Run {runId} has no hotspot {number}: its hotspots are numbered {string.Join(", ", run.Result.Hotspots.Select(h => h.Number))}.");
        var code = $"RUN-{runId}-{number}";
        var pai = hotspot.Pai ?? (run.Result.Grid is { } grid
            ? PredictionAccuracy.Index(hotspot.Incidents, run.IncidentCount, hotspot.AreaKm2, grid.AnalysedCells * grid.CellSize * grid.CellSize / 1e6).Value
            : null);
        await using var command = dataSource.CreateCommand("""
            INSERT INTO areas (code, name, kind, boundary, analysis_run_id, hotspot_incidents, hotspot_peak_z, saved_by, saved_agency, hotspot_pai)
            VALUES ($1, $2, 'hotspot', ST_Multi(ST_CollectionExtract(ST_MakeValid(ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON($3), 4326), 27700)), 3)),
                $4, $5, $6, $7, $8, $9)
            ON CONFLICT (kind, code) DO NOTHING RETURNING id
            """).With(code, name.Trim(), hotspot.Shape, runId, hotspot.Incidents, hotspot.PeakZ, viewer.Username, viewer.Agency,
            new Typed(pai, NpgsqlDbType.Double));
        if (await command.ExecuteScalarAsync(cancel) is not long id)
            throw new HotspotRefused($"Hotspot {number} of run {runId} is already saved (area code {code}).");
        await audit.Record(viewer, "save hotspot", $"area:{id}", new { runId, number, name }, cancel: cancel);
        return (await areas.ById(id, cancel))!;
    }

    /// <summary>Who may change a saved hotspot: whoever saved it, analysts of their agency, administrators.</summary>
    private const string Keeper = "(saved_by = $2 OR (saved_agency = $3 AND $4 = 'analyst') OR $4 = 'administrator')";

    /// <param name="boundary">A reshaped boundary (WGS84), whose figures are recounted on the run; null leaves the shape as it is.</param>
    public async Task<Area> Update(Viewer viewer, long id, string? name, string? description, Geometry? boundary, CancellationToken cancel)
    {
        if (name is not null && string.IsNullOrWhiteSpace(name)) throw new HotspotRefused("Give the hotspot a name: it is empty.");
        if (boundary is not null && !await IsKept(viewer, id, cancel)) throw await Refusal(viewer, id, "change", cancel);
        var figures = boundary is null ? null : await boundaries.Recount(viewer, id, boundary, cancel);
        await using var command = dataSource.CreateCommand($"""
            UPDATE areas SET name = coalesce($5, name), description = CASE WHEN $6::text IS NULL THEN description ELSE nullif(trim($6), '') END,
                boundary = coalesce($7, boundary), hotspot_incidents = CASE WHEN $7 IS NULL THEN hotspot_incidents ELSE $8 END,
                hotspot_peak_z = CASE WHEN $7 IS NULL THEN hotspot_peak_z ELSE $9 END, hotspot_pai = CASE WHEN $7 IS NULL THEN hotspot_pai ELSE $10 END
            WHERE id = $1 AND kind = 'hotspot' AND {Keeper} RETURNING id
            """).With(id, new Typed(viewer.Username, NpgsqlDbType.Text), new Typed(viewer.Agency, NpgsqlDbType.Text), new Typed(Codes.Of(viewer.Role), NpgsqlDbType.Text),
            new Typed(name?.Trim(), NpgsqlDbType.Text), new Typed(description, NpgsqlDbType.Text), new Typed(figures?.Boundary, NpgsqlDbType.Geometry),
            new Typed(figures?.Incidents, NpgsqlDbType.Double), new Typed(figures?.PeakZ, NpgsqlDbType.Double), new Typed(figures?.Pai, NpgsqlDbType.Double));
        if (await command.ExecuteScalarAsync(cancel) is null) throw await Refusal(viewer, id, "change", cancel);
        await audit.Record(viewer, boundary is null ? "update saved hotspot" : "reshape saved hotspot", $"area:{id}",
            new { name, description, figures?.Incidents, figures?.Pai }, cancel: cancel);
        return (await areas.ById(id, cancel))!;
    }

    public async Task<bool> Delete(Viewer viewer, long id, CancellationToken cancel)
    {
        await using var command = dataSource.CreateCommand($"""
            DELETE FROM areas a WHERE id = $1 AND kind = 'hotspot' AND {Keeper}
                AND NOT EXISTS (SELECT 1 FROM plan_areas p WHERE p.area_id = a.id) AND NOT EXISTS (SELECT 1 FROM visits v WHERE v.area_id = a.id)
            RETURNING id
            """).With(id, viewer.Username, viewer.Agency, Codes.Of(viewer.Role));
        if (await command.ExecuteScalarAsync(cancel) is null) throw await Refusal(viewer, id, "delete", cancel);
        await audit.Record(viewer, "delete saved hotspot", $"area:{id}", null, cancel: cancel);
        return true;
    }

    private async Task<bool> IsKept(Viewer viewer, long id, CancellationToken cancel)
    {
        await using var command = dataSource.CreateCommand($"SELECT EXISTS (SELECT 1 FROM areas WHERE id = $1 AND kind = 'hotspot' AND {Keeper})").With(id, viewer.Username, viewer.Agency, Codes.Of(viewer.Role));
        return (bool)(await command.ExecuteScalarAsync(cancel))!;
    }

    /// <summary>Why a change was refused, in words the analyst can act on.</summary>
    private async Task<HotspotRefused> Refusal(Viewer viewer, long id, string change, CancellationToken cancel)
    {
        await using var command = dataSource.CreateCommand($"""
            SELECT kind = 'hotspot', {Keeper}, EXISTS (SELECT 1 FROM plan_areas p WHERE p.area_id = a.id),
                EXISTS (SELECT 1 FROM visits v WHERE v.area_id = a.id)
            FROM areas a WHERE id = $1
            """).With(id, viewer.Username, viewer.Agency, Codes.Of(viewer.Role));
        await using var r = await command.ExecuteReaderAsync(cancel);
        if (!await r.ReadAsync(cancel) || !r.GetBoolean(0)) return new HotspotRefused($"There is no saved hotspot {id}.");
        if (r.IsDBNull(1) || !r.GetBoolean(1))
            return new HotspotRefused($"Only whoever saved hotspot {id}, analysts of their agency and administrators may {change} it.");
        if (r.GetBoolean(2)) return new HotspotRefused($"Hotspot {id} is used by a problem-solving plan, so it cannot be deleted; rename it instead.");
        if (r.GetBoolean(3)) return new HotspotRefused($"Hotspot {id} is the area of a planned visit operation, so it cannot be deleted; rename it instead.");
        return new HotspotRefused($"Hotspot {id} could not be {change}d.");
    }
}
