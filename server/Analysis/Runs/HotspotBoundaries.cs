using GraphQL;
using Hotspots.Access;
using Hotspots.Incidents;
using NetTopologySuite.Geometries;
using Npgsql;

namespace Hotspots.Analysis;

/// <summary>A saved hotspot's figures for a new boundary: the run's incidents inside it, its peak z, its PAI.</summary>
public sealed record HotspotFigures(Geometry Boundary, double Incidents, double? PeakZ, double? Pai);

/// <summary>
/// Recounts a reshaped hotspot on the run it came from, from the run's frozen view: the records it used that the editor
/// still sees in full, at their place, and the counted cells it used at the counts it was shown (never the records behind
/// them), inside the new boundary; the highest z of the run's cells centred inside it; and PAI = (n/N)/(a/A) over the
/// run's analysed area. Only on a run the editor may open
/// (AnalysisRunStore.Reopenable): its cells' z would otherwise be read out one drawn shape at a time.
/// </summary>
public sealed class HotspotBoundaries(Database.UnitOfWork units)
{
    public async Task<HotspotFigures> Recount(Viewer viewer, long areaId, Geometry boundary, CancellationToken cancel)
    {
        if (boundary is not (Polygon or MultiPolygon))
            throw new HotspotRefused($"A hotspot's boundary must be a GeoJSON Polygon or MultiPolygon, not a {boundary.GeometryType}; nothing was saved.");
        var sql = new Database.SqlConditions();
        string shape = sql.Parameter(boundary), id = sql.Parameter(areaId);
        var select = $"""
            WITH shape AS (SELECT ST_Multi(ST_Transform({shape}, 27700)) AS g),
                run AS (SELECT r.incident_ids, r.counted_x, r.counted_y, r.counted_n, r.result
                    FROM analysis_runs r JOIN areas a ON a.analysis_run_id = r.id
                    WHERE a.id = {id} AND a.kind = 'hotspot' AND {AnalysisRunStore.Reopenable(sql, viewer, "r")}),
                placed AS (
                    SELECT seen.location AS p, 1 AS n FROM {IncidentAccess.EachRecord(sql, viewer, new IncidentFilter())}
                    WHERE seen.id = ANY((SELECT incident_ids FROM run)::bigint[]) AND seen.access = '{IncidentAccess.Full}'
                    UNION ALL
                    SELECT ST_SetSRID(ST_MakePoint(c.x, c.y), 27700), c.n
                    FROM run, unnest(coalesce(run.counted_x, ARRAY[]::float8[]), coalesce(run.counted_y, ARRAY[]::float8[]), coalesce(run.counted_n, ARRAY[]::int[])) AS c(x, y, n))
            SELECT ST_IsValid(shape.g), ST_IsValidReason(shape.g), ST_Area(shape.g),
                (SELECT coalesce(sum(n), 0) FROM placed WHERE ST_Covers(shape.g, p)), (SELECT coalesce(sum(n), 0) FROM placed),
                (SELECT max((f->'properties'->>'z')::float8) FROM run, jsonb_array_elements((run.result->>'cells')::jsonb->'features') f
                    WHERE ST_Covers(shape.g, ST_SetSRID(ST_MakePoint((f->'properties'->>'x')::float8, (f->'properties'->>'y')::float8), 27700))),
                (SELECT (result->'grid'->>'analysedCells')::float8 * ((result->'grid'->>'cellSize')::float8) ^ 2 FROM run),
                EXISTS (SELECT 1 FROM run), shape.g
            FROM shape
            """;
        return (await units.Read(viewer, work => work.Single(select, r => Figures(r, areaId), sql), cancel))!;
    }

    private static HotspotFigures Figures(NpgsqlDataReader r, long areaId)
    {
        if (!r.GetBoolean(0)) throw new HotspotRefused($"The new boundary is not a valid polygon in British National Grid ({r.GetString(1)}); nothing was saved.");
        if (!r.GetBoolean(7)) throw new HotspotRefused($"There is no saved hotspot {areaId} from an analysis run you may open to reshape.");
        double area = r.GetDouble(2), inside = r.GetInt64(3), all = r.GetInt64(4);
        double? studyArea = r.IsDBNull(6) ? null : r.GetDouble(6);
        var pai = studyArea is { } a ? PredictionAccuracy.Index(inside, all, area, a).Value : null;
        return new HotspotFigures(r.GetFieldValue<Geometry>(8), inside, r.IsDBNull(5) ? null : r.GetDouble(5), pai);
    }
}
