-- Disclosure control (docs/disclosure-control.md): every record carries a random key fixed when it is stored. A counted
-- cell's key is the sum of its records' keys modulo 256, so the same records always give the same perturbation of the
-- shown count (shown_count, Functions/need_to_know.sql) and comparing two overlapping queries does not reveal a small
-- difference exactly.
ALTER TABLE incidents ADD COLUMN record_key smallint NOT NULL DEFAULT floor(random() * 256)::smallint
    CHECK (record_key BETWEEN 0 AND 255);

-- A run keeps the counted cells it used (centre and the count shown) beside the records it used in full, so recounts,
-- comparisons and reopening work on the run's own view, never on the incidents behind the cells.
ALTER TABLE analysis_runs
    ADD COLUMN counted_x float8[],
    ADD COLUMN counted_y float8[],
    ADD COLUMN counted_n integer[];
