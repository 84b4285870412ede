using Hotspots.Access;
using Hotspots.Database;

namespace Hotspots.Visits;

/// <summary>The map's FeatureCollection and the operations its outcomes came from, for the audit log.</summary>
public sealed record VisitedTargets(string GeoJson, long[] VisitIds);

/// <summary>
/// Visited targets for the map: at each place, the latest outcome of the operations the viewer may see (as visit and
/// visits decide), summarised (no victim details).
/// </summary>
public sealed class VisitedMap(UnitOfWork units)
{
    public async Task<VisitedTargets> Features(Viewer viewer, long? areaId, DateOnly? from, DateOnly? to, CancellationToken cancel)
    {
        VisitRoles.RequirePlanner(viewer);
        var sql = new SqlConditions();
        var where = sql.Spatial("p.location", null, areaId, null);
        return (await units.Read(viewer, work => work.Single($"""
            WITH latest AS (
                SELECT DISTINCT ON (t.kind, t.place_id) t.kind, t.place_id, t.visit_id, o.id AS outcome_id, o.arrived_at,
                    cardinality(o.indicators) > 0 OR jsonb_path_exists(o.victims, '$[*] ? (@.count > 0)') AS concerns
                FROM visit_outcomes o JOIN visit_targets t ON t.id = o.visit_target_id JOIN visits v ON v.id = t.visit_id
                WHERE {VisitSql.Visible(sql, viewer)} AND ({sql.Parameter(from)}::date IS NULL OR o.arrived_at >= {sql.Parameter(from)}::date)
                  AND ({sql.Parameter(to)}::date IS NULL OR o.arrived_at < {sql.Parameter(to)}::date + 1)
                ORDER BY t.kind, t.place_id, o.arrived_at DESC
            )
            SELECT json_build_object('type', 'FeatureCollection', 'features', coalesce(json_agg(json_build_object('type', 'Feature',
                'geometry', ST_AsGeoJSON(ST_Transform(p.location, 4326), 6)::json,
                'properties', json_build_object('kind', l.kind, 'placeId', l.place_id, 'name', p.name, 'visitId', l.visit_id,
                    'visitedOn', l.arrived_at::date, 'visited', true, 'concernsFound', l.concerns,
                    'referralsMade', (SELECT count(*) FROM visit_referrals r WHERE r.outcome_id = l.outcome_id)))), '[]'))::text,
                coalesce(array_agg(DISTINCT l.visit_id ORDER BY l.visit_id), ARRAY[]::bigint[])
            FROM latest l JOIN {VisitSql.Places} p ON p.kind = l.kind AND p.place_id = l.place_id
            WHERE {where}
            """, r => new VisitedTargets(r.GetString(0), r.GetFieldValue<long[]>(1)), sql), cancel))!;
    }
}
