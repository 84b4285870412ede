-- Enforcement officers see the incidents linked to the visits whose team they are on, in full; other incidents
-- stay hidden from them. The linked ids are read once per query in viewer_rights, so incident_access stays a
-- plain expression PostgreSQL inlines (as in 0004).
DROP FUNCTION incident_access(bigint, text, text, text, text, text, bigint[], bigint[], text[]);
DROP FUNCTION viewer_rights(text, text);

CREATE FUNCTION viewer_rights(viewer text, viewer_agency text,
    OUT opened bigint[], OUT granted bigint[], OUT agreements text[], OUT assigned bigint[])
LANGUAGE sql STABLE AS $$
    SELECT
        array(SELECT incident_id FROM break_glass WHERE username = viewer AND now() < expires_at),
        array(SELECT incident_id FROM record_grants WHERE agency = viewer_agency AND (expires_at IS NULL OR now() < expires_at)),
        array(SELECT reference FROM sharing_agreements WHERE viewer_agency = ANY (full_access_agencies)),
        array(SELECT vi.incident_id FROM visit_incidents vi JOIN visit_team t ON t.visit_id = vi.visit_id WHERE t.username = viewer)
$$;

CREATE OR REPLACE FUNCTION incident_access(
    incident_id bigint, source_agency text, sensitivity text, agreement_reference text,
    viewer_agency text, viewer_role text, opened bigint[], granted bigint[], agreements text[], assigned bigint[]) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE
        WHEN viewer_role = 'enforcement_officer' AND incident_id = ANY (assigned) THEN 'full'
        WHEN viewer_role = 'enforcement_officer' THEN 'none'
        WHEN viewer_role = 'analyst' AND source_agency = viewer_agency THEN 'full'
        WHEN incident_id = ANY (opened) THEN 'full'
        WHEN viewer_role = 'analyst' AND incident_id = ANY (granted) THEN 'full'
        WHEN sensitivity = 'official_sensitive' AND source_agency <> viewer_agency THEN 'signpost'
        WHEN viewer_role = 'analyst' AND sensitivity = 'official' AND agreement_reference = ANY (agreements) THEN 'full'
        ELSE 'generalised'
    END
$$;
