-- A Gi* run over a million incidents keeps ~920 000 incident ids and a ~25 MB result. Compressing them with PostgreSQL's
-- default (pglz) took 4 s of the run's insert; lz4 takes 0.2 s for ~20 % more bytes (docs/benchmarks.md). New rows only.
ALTER TABLE analysis_runs ALTER COLUMN incident_ids SET COMPRESSION lz4, ALTER COLUMN result SET COMPRESSION lz4;
