namespace Hotspots.Visits;

/// <summary>
/// The ranking's two reads, as one batch: the ranking's view near the area (records seen in full at their place,
/// each with its type-and-grade multiplier, and counted cells at their centre with the count the map shows), and the
/// places inside the area with their last outcome. Matching the two is done in memory with a bucket grid: a SQL join
/// of every incident to every nearby place sorted and aggregated ~90 000 rows and took seconds for 10 000 places.
/// </summary>
public static class TargetSql
{
    /// <summary>The area grown by the ranking distance: the place the view is taken of, so every cell near a target is in it.</summary>
    public static string Reach(string area, string distance) => $"SELECT ST_Buffer({area}, {distance})";

    public static string Ranking(string area, string view) => $"""
        SELECT ST_X(view.location), ST_Y(view.location), view.exploitation_type, view.cell, view.n,
            CASE WHEN view.cell THEN 1 ELSE
                coalesce(tw.weight, (SELECT weight FROM visit_risk_weights WHERE term = 'exploitation_type' AND code = 'other'), 1)
                * coalesce(sw.weight, (SELECT weight FROM visit_risk_weights WHERE term = 'source' AND code = 'ungraded'), 1)
                * coalesce(iw.weight, (SELECT weight FROM visit_risk_weights WHERE term = 'intelligence' AND code = 'ungraded'), 1) END
        FROM {view}
            -- a record seen in full may be graded: its grade is read for the multiplier (a cell has none)
            LEFT JOIN incidents i ON i.id = view.id
            LEFT JOIN visit_risk_weights tw ON tw.term = 'exploitation_type' AND tw.code = view.exploitation_type
            LEFT JOIN visit_risk_weights sw ON sw.term = 'source' AND sw.code = left(i.intelligence_grade, 1)
            LEFT JOIN visit_risk_weights iw ON iw.term = 'intelligence' AND iw.code = upper(substr(i.intelligence_grade, 2, 1));
        WITH area AS MATERIALIZED (SELECT {area} AS g),
        last_outcome AS (
            SELECT DISTINCT ON (t.kind, t.place_id) t.kind, t.place_id AS id, o.arrived_at::date AS visited_on,
                cardinality(o.indicators) > 0 OR jsonb_path_exists(o.victims, '$[*] ? (@.count > 0)') AS concerns,
                EXISTS (SELECT 1 FROM visit_referrals r WHERE r.outcome_id = o.id) AS referrals
            FROM visit_outcomes o JOIN visit_targets t ON t.id = o.visit_target_id
            ORDER BY t.kind, t.place_id, o.arrived_at DESC
        ),
        -- places whose last visit found concerns or made referrals, by postcode as written without spaces, for the linked-addresses term
        linked AS (
            SELECT upper(replace(p.postcode, ' ', '')) AS postcode, count(*) AS places
            FROM last_outcome lo JOIN {VisitSql.Places} p ON p.kind = lo.kind AND p.place_id = lo.id
            WHERE (lo.concerns OR lo.referrals) AND p.postcode IS NOT NULL
            GROUP BY 1
        ),
        candidates AS (
            SELECT 'premises' AS kind, p.id, p.address AS name, p.address, p.postcode, p.use AS category, p.location
            FROM premises p, area WHERE ST_Intersects(p.location, area.g)
            UNION ALL
            SELECT 'risk_business', b.id, b.name, b.address, b.postcode, b.sector, b.location
            FROM risk_businesses b, area WHERE ST_Intersects(b.location, area.g)
        )
        SELECT c.kind, c.id, c.name, c.address, c.postcode, c.category, ST_X(c.location), ST_Y(c.location),
            lo.visited_on, coalesce(lo.concerns, false), coalesce(lo.referrals, false),
            -- a place does not link to itself
            coalesce(l.places - CASE WHEN lo.concerns OR lo.referrals THEN 1 ELSE 0 END, 0)::int
        FROM candidates c LEFT JOIN last_outcome lo ON lo.kind = c.kind AND lo.id = c.id
        LEFT JOIN linked l ON l.postcode = upper(replace(c.postcode, ' ', ''))
        """;

    /// <summary>WGS84 GeoJSON points for the few targets returned, in the order of the arrays given.</summary>
    public const string Locations = """
        SELECT ST_AsGeoJSON(ST_Transform(ST_SetSRID(ST_MakePoint(x, y), 27700), 4326), 6)
        FROM unnest($1::float8[], $2::float8[]) WITH ORDINALITY AS p(x, y, n) ORDER BY n
        """;
}
