-- Need-to-know, decided in the database so every path out (lists, counts, map, analysis, exports, tiles)
-- applies the same rules. The administrator changes the rules through these tables.
CREATE TABLE sharing_agreements (
    reference text PRIMARY KEY,
    title text NOT NULL,
    -- analysts of these agencies see full OFFICIAL records shared under the agreement
    full_access_agencies text[] NOT NULL DEFAULT '{}'
);
INSERT INTO sharing_agreements (reference, title, full_access_agencies) VALUES
    ('KMSP-ISA-2023-01', 'Kirklees Modern Slavery Partnership information sharing agreement 2023', '{police,council}');

CREATE TABLE access_policy (
    key text PRIMARY KEY,
    value integer NOT NULL,
    description text NOT NULL
);
INSERT INTO access_policy (key, value, description) VALUES
    ('generalised_cell_metres', 100, 'Side of the grid cell that generalised incidents are counted in'),
    ('suppress_below', 5, 'Counts below this are shown as "<N" to those without full access');

-- An owning agency's grant of full access to one record for another agency's analysts.
CREATE TABLE record_grants (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    incident_id bigint NOT NULL REFERENCES incidents ON DELETE CASCADE,
    agency text NOT NULL REFERENCES agencies,
    granted_by text NOT NULL,
    granted_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz
);
CREATE INDEX record_grants_incident ON record_grants (incident_id);

-- Time-limited access to one record outside one's rights, with a written reason; audited and shown to the owner.
CREATE TABLE break_glass (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    incident_id bigint NOT NULL REFERENCES incidents ON DELETE CASCADE,
    username text NOT NULL,
    agency text NOT NULL,
    reason text NOT NULL CHECK (length(trim(reason)) >= 20),
    started_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL
);
CREATE INDEX break_glass_incident ON break_glass (incident_id);

-- What one viewer holds beyond their role: records opened by break-glass, records granted to their agency, and
-- agreements naming their agency. Read once per query, so incident_access below stays a plain expression that
-- PostgreSQL inlines (a function with sub-selects would run them for every row).
CREATE FUNCTION viewer_rights(viewer text, viewer_agency text,
    OUT opened bigint[], OUT granted bigint[], OUT agreements text[])
LANGUAGE sql STABLE AS $$
    SELECT
        array(SELECT incident_id FROM break_glass WHERE username = viewer AND now() < expires_at),
        array(SELECT incident_id FROM record_grants WHERE agency = viewer_agency AND (expires_at IS NULL OR now() < expires_at)),
        array(SELECT reference FROM sharing_agreements WHERE viewer_agency = ANY (full_access_agencies))
$$;

-- What a viewer may see of one incident: full, generalised (counted in grid cells, no victim details),
-- signpost (only that a record exists and who owns it) or none.
CREATE FUNCTION incident_access(
    incident_id bigint, source_agency text, sensitivity text, agreement_reference text,
    viewer_agency text, viewer_role text, opened bigint[], granted bigint[], agreements text[]) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE
        WHEN viewer_role = 'enforcement_officer' THEN 'none'
        WHEN viewer_role = 'analyst' AND source_agency = viewer_agency THEN 'full'
        WHEN incident_id = ANY (opened) THEN 'full'
        WHEN viewer_role = 'analyst' AND incident_id = ANY (granted) THEN 'full'
        WHEN sensitivity = 'official_sensitive' AND source_agency <> viewer_agency THEN 'signpost'
        WHEN viewer_role = 'analyst' AND sensitivity = 'official' AND agreement_reference = ANY (agreements) THEN 'full'
        ELSE 'generalised'
    END
$$;
