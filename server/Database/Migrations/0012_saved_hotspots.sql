-- A hotspot saved from an analysis run keeps the run it came from and its statistics at the time.
ALTER TABLE areas
    ADD COLUMN analysis_run_id bigint REFERENCES analysis_runs,
    ADD COLUMN hotspot_incidents double precision,
    ADD COLUMN hotspot_peak_z double precision;
