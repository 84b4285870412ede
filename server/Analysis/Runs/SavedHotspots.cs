using GraphQL;
using Hotspots.Access;
using Hotspots.Areas;
using Hotspots.Database;
using NetTopologySuite.Geometries;
using NpgsqlTypes;

namespace Hotspots.Analysis;

/// <summary>Turns a hotspot of a saved run into an area of kind HOTSPOT that problem-solving plans can work on.</summary>
public sealed class SavedHotspots(UnitOfWork units, AnalysisRunStore runs, AreaSearch areas, HotspotBoundaries boundaries)
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
        var id = await units.Run(viewer, async work =>
        {
            var id = await work.Scalar<long?>("""
            INSERT INTO areas (code, name, kind, boundary, analysis_run_id, hotspot_incidents, hotspot_peak_z, saved_by, saved_agency, hotspot_pai)
            VALUES ($1, $2, 'hotspot', ST_Multi(ST_CollectionExtract(ST_MakeValid(ST_Transform(ST_SetSRID(ST_GeomFromGeoJSON($3), 4326), 27700)), 3)),
                $4, $5, $6, $7, $8, $9)
            ON CONFLICT (kind, code) DO NOTHING RETURNING id
            """, code, name.Trim(), hotspot.Shape, runId, hotspot.Incidents, hotspot.PeakZ, viewer.Username, viewer.Agency,
                new Typed(pai, NpgsqlDbType.Double))
                ?? throw new HotspotRefused($"Hotspot {number} of run {runId} is already saved (area code {code}).");
            await work.Audit("save hotspot", $"area:{id}", new { runId, number, name });
            return id;
        }, cancel);
        return (await areas.ById(id, cancel))!;
    }

    /// <summary>Who may change a saved hotspot: whoever saved it, analysts of their agency, administrators.</summary>
    private const string Keeper = "(saved_by = $2 OR (saved_agency = $3 AND $4 = 'analyst') OR $4 = 'administrator')";

    /// <param name="boundary">A reshaped boundary (WGS84), whose figures are recounted on the run; null leaves the shape as it is.</param>
    public async Task<Area> Update(Viewer viewer, long id, string? name, string? description, Geometry? boundary, CancellationToken cancel)
    {
        if (name is not null && string.IsNullOrWhiteSpace(name)) throw new HotspotRefused("Give the hotspot a name: it is empty.");
        if (boundary is not null && !await units.Read(viewer, work => IsKept(work, id), cancel))
            throw await units.Read(viewer, work => Refusal(work, id, "change"), cancel);
        var figures = boundary is null ? null : await boundaries.Recount(viewer, id, boundary, cancel);
        await units.Run(viewer, async work =>
        {
            if (await work.Scalar<long?>($"""
            UPDATE areas SET name = coalesce($5, name), description = CASE WHEN $6::text IS NULL THEN description ELSE nullif(trim($6), '') END,
                boundary = coalesce($7, boundary), hotspot_incidents = CASE WHEN $7 IS NULL THEN hotspot_incidents ELSE $8 END,
                hotspot_peak_z = CASE WHEN $7 IS NULL THEN hotspot_peak_z ELSE $9 END, hotspot_pai = CASE WHEN $7 IS NULL THEN hotspot_pai ELSE $10 END
            WHERE id = $1 AND kind = 'hotspot' AND {Keeper} RETURNING id
            """, id, new Typed(viewer.Username, NpgsqlDbType.Text), new Typed(viewer.Agency, NpgsqlDbType.Text), new Typed(Codes.Of(viewer.Role), NpgsqlDbType.Text),
                new Typed(name?.Trim(), NpgsqlDbType.Text), new Typed(description, NpgsqlDbType.Text), new Typed(figures?.Boundary, NpgsqlDbType.Geometry),
                new Typed(figures?.Incidents, NpgsqlDbType.Double), new Typed(figures?.PeakZ, NpgsqlDbType.Double), new Typed(figures?.Pai, NpgsqlDbType.Double)) is null)
                throw await Refusal(work, id, "change");
            await work.Audit(boundary is null ? "update saved hotspot" : "reshape saved hotspot", $"area:{id}",
                new { name, description, figures?.Incidents, figures?.Pai });
        }, cancel);
        return (await areas.ById(id, cancel))!;
    }

    public Task<bool> Delete(Viewer viewer, long id, CancellationToken cancel) => units.Run(viewer, async work =>
    {
        if (await work.Scalar<long?>($"""
            DELETE FROM areas a WHERE id = $1 AND kind = 'hotspot' AND {Keeper}
                AND NOT EXISTS (SELECT 1 FROM plan_areas p WHERE p.area_id = a.id) AND NOT EXISTS (SELECT 1 FROM visits v WHERE v.area_id = a.id)
            RETURNING id
            """, id, viewer.Username, viewer.Agency, Codes.Of(viewer.Role)) is null)
            throw await Refusal(work, id, "delete");
        await work.Audit("delete saved hotspot", $"area:{id}");
        return true;
    }, cancel);

    private static Task<bool> IsKept(Work work, long id) =>
        work.Scalar<bool>($"SELECT EXISTS (SELECT 1 FROM areas WHERE id = $1 AND kind = 'hotspot' AND {Keeper})", id, work.Viewer.Username, work.Viewer.Agency, Codes.Of(work.Viewer.Role));

    /// <summary>Why a change was refused, in words the analyst can act on.</summary>
    private static async Task<HotspotRefused> Refusal(Work work, long id, string change)
    {
        var found = await work.Single($"""
            SELECT kind = 'hotspot', coalesce({Keeper}, false), EXISTS (SELECT 1 FROM plan_areas p WHERE p.area_id = a.id),
                EXISTS (SELECT 1 FROM visits v WHERE v.area_id = a.id)
            FROM areas a WHERE id = $1
            """, r => (Hotspot: r.GetBoolean(0), Kept: r.GetBoolean(1), Planned: r.GetBoolean(2), Visited: r.GetBoolean(3)),
            id, work.Viewer.Username, work.Viewer.Agency, Codes.Of(work.Viewer.Role));
        if (found is not { Hotspot: true } area) return new HotspotRefused($"There is no saved hotspot {id}.");
        if (!area.Kept) return new HotspotRefused($"Only whoever saved hotspot {id}, analysts of their agency and administrators may {change} it.");
        if (area.Planned) return new HotspotRefused($"Hotspot {id} is used by a problem-solving plan, so it cannot be deleted; rename it instead.");
        if (area.Visited) return new HotspotRefused($"Hotspot {id} is the area of a planned visit operation, so it cannot be deleted; rename it instead.");
        return new HotspotRefused($"Hotspot {id} could not be {change}d.");
    }
}
