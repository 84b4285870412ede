using Hotspots.Tests.Database;

namespace Hotspots.Tests.Incidents;

/// <summary>
/// Random incidents (fixed seed) in a 1.6 km square of Huddersfield, so cells hold 1 to a dozen records: five agencies,
/// both sensitivities, two agreements (one naming health), three types, three age groups, eighteen months, linked report
/// groups across agencies, and every kind of exception: break-glass (one expired), grants (one expired, one to a partner's
/// agency, which a partner may not use) and an operation's linked records for its team.
/// </summary>
public sealed class ClassCellsFixture : DatabaseFixture
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Execute("INSERT INTO sharing_agreements (reference, title, full_access_agencies) VALUES ('HEALTH-2025', 'Health', '{health}')");
        await Execute("""
            INSERT INTO incidents (location, occurred_from, occurred_to, reported_on, exploitation_type, victim_age_group,
                source_agency, source_reference, location_precision, sensitivity, agreement_reference, record_key)
            SELECT ST_SetSRID(ST_MakePoint(414000 + 1600 * power(random(), 2), 416000 + 1600 * random()), 27700),
                start, CASE WHEN random() < 0.3 THEN start + interval '40 days' END, start::date + 3,
                (ARRAY['sexual', 'labour', 'cannabis_cultivation'])[1 + floor(random() * 3)::int],
                (ARRAY['adult', 'child', 'unknown'])[1 + floor(random() * 3)::int],
                agency, agency || '-' || n, (ARRAY['exact', 'postcode', 'street'])[1 + floor(random() * 3)::int],
                CASE WHEN random() < 0.25 THEN 'official_sensitive' ELSE 'official' END,
                (ARRAY['KMSP-ISA-2023-01', 'HEALTH-2025', NULL])[1 + floor(random() * 3)::int], floor(random() * 256)::int
            FROM (SELECT setseed(0.15)) s, generate_series(1, 1500) n,
                LATERAL (SELECT (ARRAY['police', 'council', 'health', 'housing', 'voluntary'])[1 + floor(random() * 5 + n * 0)::int] AS agency,
                    timestamptz '2025-01-01Z' + random() * interval '540 days' + n * interval '0 s' AS start) r
            """);
        await Execute("""
            INSERT INTO incident_links (incident_id, linked_incident_id, distance_m, days_apart)
            SELECT a.id, b.id, 10, 1 FROM incidents a JOIN incidents b ON b.id = a.id + 7 AND b.source_agency <> a.source_agency
            WHERE a.id % 23 = 0
            """);
        await Execute("SELECT relabel_linked_groups(array(SELECT incident_id FROM incident_links))");
        await Execute("""
            INSERT INTO break_glass (incident_id, username, agency, reason, expires_at)
            SELECT id, 'partner.housing', 'housing', 'Safeguarding a child at this address today', now() + CASE WHEN id % 2 = 0 THEN interval '1 hour' ELSE interval '-1 hour' END
            FROM incidents WHERE id % 31 = 0
            """);
        await Execute("""
            INSERT INTO record_grants (incident_id, agency, granted_by, expires_at)
            SELECT id, CASE WHEN id % 3 = 0 THEN 'health' ELSE 'council' END, 'analyst.police',
                CASE WHEN id % 5 = 0 THEN now() - interval '1 day' END
            FROM incidents WHERE id % 17 = 0
            """);
        await Execute("""
            WITH visit AS (
                INSERT INTO visits (name, planned_on, lead_agency, area, speed_kmh, minutes_per_visit, created_by, created_agency)
                VALUES ('Car washes', '2026-03-01', 'police', ST_Multi(ST_Buffer(ST_SetSRID(ST_MakePoint(414800, 416800), 27700), 900)),
                    5, 20, 'analyst.police', 'police') RETURNING id),
            team AS (INSERT INTO visit_team (visit_id, username, agency) SELECT id, 'officer.police', 'police' FROM visit)
            INSERT INTO visit_incidents (visit_id, incident_id, linked_by) SELECT visit.id, i.id, 'analyst.police' FROM visit, incidents i WHERE i.id % 13 = 0
            """);
        await Execute("INSERT INTO areas (code, name, kind, boundary) VALUES ('T1', 'Lindley', 'ward', ST_Multi(ST_Buffer(ST_SetSRID(ST_MakePoint(414600, 416700), 27700), 450)))");
    }
}
