-- Imports started over the API, kept so that their outcome outlives the server process. The import itself is one
-- transaction on its own connection; the job row is written on another, so its progress is visible while it runs
-- and a job cut short by a restart is still there afterwards, shown as failed and rolled back.
CREATE TABLE import_jobs (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind text NOT NULL,
    file_name text NOT NULL,
    file_bytes bigint NOT NULL,
    agency text NOT NULL REFERENCES agencies,
    started_by text NOT NULL,
    started_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    updated_at timestamptz NOT NULL DEFAULT clock_timestamp(),
    finished_at timestamptz,
    status text NOT NULL DEFAULT 'running' CHECK (status IN ('running', 'completed', 'refused', 'failed')),
    phase text NOT NULL DEFAULT 'waiting',
    rows_read integer NOT NULL DEFAULT 0,
    bytes_read bigint NOT NULL DEFAULT 0,
    import_id bigint REFERENCES imports ON DELETE SET NULL,
    summary jsonb,
    message text,
    CHECK ((status = 'running') = (finished_at IS NULL))
);
CREATE INDEX import_jobs_running ON import_jobs (id) WHERE status = 'running';
CREATE INDEX import_jobs_agency ON import_jobs (agency, started_at DESC);
