-- Every import is one transaction: its imports row, one import_rows row per source row and the target rows
-- commit together or not at all, so a killed import leaves nothing behind.
CREATE TABLE imports (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind text NOT NULL CHECK (kind IN ('incidents', 'police_uk', 'premises', 'risk_businesses', 'osm_businesses', 'areas', 'postcodes')),
    file_name text NOT NULL,
    sha256 text NOT NULL,
    agency text NOT NULL REFERENCES agencies,
    sensitivity text NOT NULL CHECK (sensitivity IN ('official', 'official_sensitive')),
    lawful_basis text,
    agreement_reference text,
    imported_by text NOT NULL,
    started_at timestamptz NOT NULL,
    finished_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    status text NOT NULL CHECK (status IN ('completed', 'refused')),
    message text,
    rows_read integer NOT NULL DEFAULT 0,
    rows_imported integer NOT NULL DEFAULT 0,
    rows_duplicate integer NOT NULL DEFAULT 0,
    rows_rejected integer NOT NULL DEFAULT 0
);
-- A refused file may be tried again with a better mapping; a completed one is never imported twice.
CREATE UNIQUE INDEX imports_once ON imports (sha256, kind) WHERE status = 'completed';

CREATE TABLE import_rows (
    import_id bigint NOT NULL REFERENCES imports ON DELETE CASCADE,
    line integer NOT NULL,
    outcome text NOT NULL CHECK (outcome IN ('imported', 'duplicate', 'rejected')),
    reason text,
    duplicate_of bigint,
    source text NOT NULL,
    PRIMARY KEY (import_id, line)
);

CREATE TABLE import_profiles (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    agency text NOT NULL REFERENCES agencies,
    name text NOT NULL,
    mapping jsonb NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (agency, name)
);

CREATE TABLE postcodes (
    postcode text PRIMARY KEY,
    location geometry(Point, 27700) NOT NULL,
    positional_quality smallint,
    admin_district_code text,
    admin_ward_code text
);
CREATE INDEX postcodes_admin_district ON postcodes (admin_district_code);

-- Reports of the same exploitation by two agencies are linked, not merged: each agency keeps its own record.
CREATE TABLE incident_links (
    incident_id bigint NOT NULL REFERENCES incidents ON DELETE CASCADE,
    linked_incident_id bigint NOT NULL REFERENCES incidents ON DELETE CASCADE,
    distance_m double precision NOT NULL,
    days_apart double precision NOT NULL,
    import_id bigint REFERENCES imports ON DELETE CASCADE,
    PRIMARY KEY (incident_id, linked_incident_id)
);

ALTER TABLE incidents ADD COLUMN import_id bigint REFERENCES imports;
ALTER TABLE premises ADD COLUMN import_id bigint REFERENCES imports;
ALTER TABLE risk_businesses ADD COLUMN import_id bigint REFERENCES imports;
ALTER TABLE areas ADD COLUMN import_id bigint REFERENCES imports;
CREATE INDEX incidents_import ON incidents (import_id);
