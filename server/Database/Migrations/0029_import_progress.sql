-- The wizard's progress bar follows the whole import, not only the reading of the file: the database phase (checks,
-- writing the rows in batches, building indexes) reports how far it has got too.
ALTER TABLE import_jobs ADD COLUMN fraction_done real NOT NULL DEFAULT 0;

-- Builds one of the indexes incidents_drop_indexes_if_empty set aside, so that the import can report after each;
-- false once none is left. Same owner-only definitions table and same transaction as incidents_restore_indexes.
CREATE FUNCTION incidents_restore_one_index() RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE statement text;
BEGIN
    DELETE FROM incident_index_definitions
    WHERE ctid = (SELECT ctid FROM incident_index_definitions LIMIT 1)
    RETURNING definition INTO statement;
    IF statement IS NULL THEN RETURN false; END IF;
    EXECUTE statement;
    RETURN true;
END $$;
