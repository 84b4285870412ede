namespace Hotspots.Visits;

/// <summary>
/// The ranking query. Visible incidents are found first (few), then matched to places through the places' own
/// spatial indexes, so the cost grows with incidents near places rather than places × incidents.
/// </summary>
public static class TargetSql
{
    public static string Ranking(string area, string seen, string distance, string prefilter) => $"""
        WITH area AS MATERIALIZED (SELECT {area} AS g),
        visible AS MATERIALIZED (
            SELECT seen.exploitation_type AS type, seen.access <> 'full' AS generalised,
                CASE WHEN seen.access = 'full' THEN seen.location ELSE seen.cell_centre END AS at,
                coalesce(tw.weight, (SELECT weight FROM visit_risk_weights WHERE term = 'exploitation_type' AND code = 'other'), 1)
                * coalesce(sw.weight, (SELECT weight FROM visit_risk_weights WHERE term = 'source' AND code = 'ungraded'), 1)
                * coalesce(iw.weight, (SELECT weight FROM visit_risk_weights WHERE term = 'intelligence' AND code = 'ungraded'), 1) AS points
            FROM {seen}
            CROSS JOIN area
            LEFT JOIN visit_risk_weights tw ON tw.term = 'exploitation_type' AND tw.code = seen.exploitation_type
            LEFT JOIN visit_risk_weights sw ON sw.term = 'source' AND sw.code = left(seen.intelligence_grade, 1)
            LEFT JOIN visit_risk_weights iw ON iw.term = 'intelligence' AND iw.code = upper(substr(seen.intelligence_grade, 2, 1))
            WHERE seen.access IN ('full', 'generalised') AND ST_DWithin(seen.location, area.g, {prefilter})
        ),
        near AS (
            SELECT 'premises' AS kind, p.id, v.* FROM visible v JOIN premises p ON ST_DWithin(p.location, v.at, {distance})
            UNION ALL
            SELECT 'risk_business', b.id, v.* FROM visible v JOIN risk_businesses b ON ST_DWithin(b.location, v.at, {distance})
        ),
        by_type AS (
            SELECT kind, id, type, count(*) AS n, sum(points) AS points, bool_or(generalised) AS generalised FROM near GROUP BY kind, id, type
        ),
        counts AS (
            SELECT kind, id, json_agg(json_build_object('type', type, 'count', n, 'points', points, 'generalised', generalised) ORDER BY type) AS incidents
            FROM by_type GROUP BY kind, id
        ),
        last_outcome AS (
            SELECT DISTINCT ON (t.kind, t.place_id) t.kind, t.place_id AS id, o.arrived_at::date AS visited_on,
                cardinality(o.indicators) > 0 OR jsonb_path_exists(o.victims, '$[*] ? (@.count > 0)') AS concerns,
                EXISTS (SELECT 1 FROM visit_referrals r WHERE r.outcome_id = o.id) AS referrals
            FROM visit_outcomes o JOIN visit_targets t ON t.id = o.visit_target_id
            ORDER BY t.kind, t.place_id, o.arrived_at DESC
        ),
        candidates AS (
            SELECT 'premises' AS kind, p.id, p.address AS name, p.address, p.postcode, p.use AS category, p.location
            FROM premises p, area WHERE ST_Intersects(p.location, area.g)
            UNION ALL
            SELECT 'risk_business', b.id, b.name, b.address, b.postcode, b.sector, b.location
            FROM risk_businesses b, area WHERE ST_Intersects(b.location, area.g)
        )
        SELECT c.kind, c.id, c.name, c.address, c.postcode, c.category,
            ST_AsGeoJSON(ST_Transform(c.location, 4326), 6), ST_X(c.location), ST_Y(c.location),
            counts.incidents::text, lo.visited_on, coalesce(lo.concerns, false), coalesce(lo.referrals, false)
        FROM candidates c
        LEFT JOIN counts ON counts.kind = c.kind AND counts.id = c.id
        LEFT JOIN last_outcome lo ON lo.kind = c.kind AND lo.id = c.id
        """;
}
