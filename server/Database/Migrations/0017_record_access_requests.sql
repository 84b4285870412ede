-- An analyst's request to see another agency's OFFICIAL-SENSITIVE record, which its owner grants or refuses. A grant
-- is a row of record_grants (0004), which viewer_rights already reads, so every path out follows it.
CREATE TABLE record_access_requests (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    incident_id bigint NOT NULL REFERENCES incidents ON DELETE CASCADE,
    requested_by text NOT NULL,
    agency text NOT NULL REFERENCES agencies,
    reason text NOT NULL CHECK (length(trim(reason)) >= 20),
    requested_at timestamptz NOT NULL DEFAULT now(),
    decision text CHECK (decision IN ('granted', 'refused')),
    decided_by text,
    decided_at timestamptz,
    decision_note text,
    CHECK ((decision IS NULL) = (decided_by IS NULL) AND (decision IS NULL) = (decided_at IS NULL)),
    CHECK (decision IS DISTINCT FROM 'refused' OR length(trim(decision_note)) > 0)
);
-- One open request per record and asking agency: a second analyst of the agency waits on the first request.
CREATE UNIQUE INDEX record_access_requests_pending ON record_access_requests (incident_id, agency) WHERE decision IS NULL;
CREATE INDEX record_access_requests_incident ON record_access_requests (incident_id);

ALTER TABLE record_grants ADD COLUMN request_id bigint REFERENCES record_access_requests;
