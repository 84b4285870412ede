-- Idempotency per row, not per file: the same file may complete more than once, each run taking in only the lines no
-- earlier run of it did (a re-run with --repair brings in exactly the rows rejected before). Runs of one file are
-- serialised by an advisory lock in the import's transaction instead of this unique index.
DROP INDEX imports_once;
CREATE INDEX imports_by_file ON imports (sha256, kind) WHERE status = 'completed';
