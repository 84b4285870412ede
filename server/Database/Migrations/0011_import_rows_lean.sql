-- Imported rows keep their line and the id of the record they became; only rejected and duplicate rows keep the
-- source text (a million imported rows need not be written twice).
ALTER TABLE import_rows ALTER COLUMN source DROP NOT NULL, ADD COLUMN record_id bigint;

-- The import numbers its rows before inserting them, so import_rows can name each one's record in the same pass.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'hotspots_app') THEN
        GRANT USAGE ON SEQUENCE incidents_id_seq, premises_id_seq, risk_businesses_id_seq, areas_id_seq TO hotspots_app;
    END IF;
END $$;


-- A first load into an empty incidents table builds the GiST index once after the rows are in (measured 2.3× faster
-- for a million rows than growing it row by row). The server's role does not own the table, so these two narrow
-- functions do it as the owner; both run inside the import's transaction, so a failed import gets its index back.
CREATE FUNCTION incidents_drop_location_index_if_empty() RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF EXISTS (SELECT 1 FROM incidents) THEN RETURN false; END IF;
    LOCK TABLE incidents IN ACCESS EXCLUSIVE MODE;
    IF EXISTS (SELECT 1 FROM incidents) THEN RETURN false; END IF;
    DROP INDEX IF EXISTS incidents_location;
    RETURN true;
END $$;

CREATE FUNCTION incidents_restore_location_index() RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    CREATE INDEX IF NOT EXISTS incidents_location ON incidents USING gist (location);
END $$;
