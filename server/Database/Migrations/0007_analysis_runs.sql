-- A hotspot analysis as it was run, frozen: method, parameters, filter, the incidents it used, who and when,
-- and what it found, so a meeting can reopen exactly the map it discussed.
CREATE TABLE analysis_runs (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    method text NOT NULL,
    parameters jsonb NOT NULL,
    filter jsonb NOT NULL,
    incident_ids bigint[] NOT NULL,
    incident_count integer NOT NULL,
    explanation text[] NOT NULL,
    result jsonb NOT NULL,
    created_by text NOT NULL,
    agency text NOT NULL,
    generalised boolean NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX analysis_runs_created_by ON analysis_runs (created_by);
