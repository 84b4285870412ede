-- A row imported as an incident is accounted for on the incident itself (import_id, import_line) instead of by a
-- second row in import_rows: a million imported rows cost one insert each, not two (each with its own foreign-key
-- check). import_rows keeps every other outcome (rejected, duplicate, imported with a note) and
-- import_outcomes shows every row of every import in one place.
ALTER TABLE incidents ADD COLUMN import_line integer;

CREATE VIEW import_outcomes AS
SELECT import_id, line, outcome, reason, duplicate_of, record_id, source FROM import_rows
UNION ALL
SELECT i.import_id, i.import_line, 'imported', NULL, NULL, i.id, NULL FROM incidents i
WHERE i.import_line IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM import_rows r WHERE r.import_id = i.import_id AND r.line = i.import_line);

-- A first load into an empty incidents table builds every secondary index once after the rows are in, not only the
-- GiST one. The definitions wait in a table only the owner can touch, so the server's role can neither read nor
-- change what the owner will execute; both functions run inside the import's transaction, so a failed import gets
-- its indexes back with the rollback.
CREATE TABLE incident_index_definitions (definition text NOT NULL);
REVOKE ALL ON incident_index_definitions FROM PUBLIC;
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'hotspots_app') THEN
        REVOKE ALL ON incident_index_definitions FROM hotspots_app;
        GRANT SELECT ON import_outcomes TO hotspots_app;
    END IF;
END $$;

DROP FUNCTION incidents_drop_location_index_if_empty();
DROP FUNCTION incidents_restore_location_index();

CREATE FUNCTION incidents_drop_indexes_if_empty() RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE index regclass;
BEGIN
    IF EXISTS (SELECT 1 FROM incidents) THEN RETURN false; END IF;
    LOCK TABLE incidents IN ACCESS EXCLUSIVE MODE;
    IF EXISTS (SELECT 1 FROM incidents) THEN RETURN false; END IF;
    DELETE FROM incident_index_definitions;
    FOR index IN SELECT indexrelid::regclass FROM pg_index
                 WHERE indrelid = 'incidents'::regclass AND NOT EXISTS (SELECT 1 FROM pg_constraint WHERE conindid = indexrelid)
    LOOP
        INSERT INTO incident_index_definitions VALUES (pg_get_indexdef(index));
        EXECUTE format('DROP INDEX %s', index);
    END LOOP;
    RETURN true;
END $$;

CREATE FUNCTION incidents_restore_indexes() RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE statement text;
BEGIN
    FOR statement IN DELETE FROM incident_index_definitions RETURNING definition LOOP
        EXECUTE statement;
    END LOOP;
END $$;
