using GraphQL;
using Hotspots.Access;
using Hotspots.Incidents;
using NetTopologySuite.Geometries;
using Npgsql;

namespace Hotspots.Analysis;

/// <summary>A saved hotspot's figures for a new boundary: the run's incidents inside it, its peak z, its PAI.</summary>
public sealed record HotspotFigures(Geometry Boundary, double Incidents, double? PeakZ, double? Pai);

/// <summary>
/// Recounts a reshaped hotspot on the run it came from: the run's frozen incidents inside the new boundary, placed as the
/// editor may see them (exactly, or at their cell centre), the highest z of the run's cells centred inside it, and
/// PAI = (n/N)/(a/A) over the run's analysed area. Only on a run the editor may open (AnalysisRunStore.Reopenable): its
/// cells' z would otherwise be read out one drawn shape at a time.
/// </summary>
public sealed class HotspotBoundaries(NpgsqlDataSource dataSource)
{
    public async Task<HotspotFigures> Recount(Viewer viewer, long areaId, Geometry boundary, CancellationToken cancel)
    {
        if (boundary is not (Polygon or MultiPolygon))
            throw new ExecutionError($"A hotspot's boundary must be a GeoJSON Polygon or MultiPolygon, not a {boundary.GeometryType}; nothing was saved.");
        var sql = new Database.SqlConditions();
        string shape = sql.Parameter(boundary), id = sql.Parameter(areaId);
        await using var command = sql.Command(dataSource, $"""
            WITH shape AS (SELECT ST_Multi(ST_Transform({shape}, 27700)) AS g),
                run AS (SELECT r.incident_ids, r.result FROM analysis_runs r JOIN areas a ON a.analysis_run_id = r.id
                    WHERE a.id = {id} AND a.kind = 'hotspot' AND {AnalysisRunStore.Reopenable(sql, viewer, "r")}),
                placed AS (SELECT CASE seen.access WHEN '{IncidentAccess.Full}' THEN seen.location ELSE seen.cell_centre END AS p
                    FROM {IncidentAccess.Seen(sql, viewer, new IncidentFilter())}
                    WHERE seen.id = ANY((SELECT incident_ids FROM run)::bigint[]) AND seen.access IN ('{IncidentAccess.Full}', '{IncidentAccess.Generalised}'))
            SELECT ST_IsValid(shape.g), ST_IsValidReason(shape.g), ST_Area(shape.g),
                (SELECT count(*) FROM placed WHERE ST_Covers(shape.g, p)), (SELECT count(*) FROM placed),
                (SELECT max((f->'properties'->>'z')::float8) FROM run, jsonb_array_elements((run.result->>'cells')::jsonb->'features') f
                    WHERE ST_Covers(shape.g, ST_SetSRID(ST_MakePoint((f->'properties'->>'x')::float8, (f->'properties'->>'y')::float8), 27700))),
                (SELECT (result->'grid'->>'analysedCells')::float8 * ((result->'grid'->>'cellSize')::float8) ^ 2 FROM run),
                EXISTS (SELECT 1 FROM run), shape.g
            FROM shape
            """);
        await using var r = await command.ExecuteReaderAsync(cancel);
        await r.ReadAsync(cancel);
        if (!r.GetBoolean(0)) throw new ExecutionError($"The new boundary is not a valid polygon in British National Grid ({r.GetString(1)}); nothing was saved.");
        if (!r.GetBoolean(7)) throw new ExecutionError($"There is no saved hotspot {areaId} from an analysis run you may open to reshape.");
        double area = r.GetDouble(2), inside = r.GetInt64(3), all = r.GetInt64(4);
        double? studyArea = r.IsDBNull(6) ? null : r.GetDouble(6);
        var pai = studyArea is { } a ? PredictionAccuracy.Index(inside, all, area, a).Value : null;
        return new HotspotFigures(r.GetFieldValue<Geometry>(8), inside, r.IsDBNull(5) ? null : r.GetDouble(5), pai);
    }
}
