-- Need-to-know paid once (issue 15). A record's level for a viewer is decided by its access class (source agency,
-- sensitivity, agreement: the columns incident_access reads besides the id) unless one of the viewer's exceptions (break-
-- glass, grant, visit link) names it. So the records a viewer may only count are counted ahead, once per class, with the
-- sum of their record keys so shown_count perturbs exactly as when it counted the records themselves. The viewer's view
-- (Incidents/IncidentView.cs) reads these counts for the classes it counts and subtracts only its exceptions. Records of
-- linked report groups are left out: which member represents a group depends on the viewer, so the view decides them
-- record by record as before.
--
-- Two grains. class_cells (class × grid cell) answers every read that filters by place and agency only: the map, tiles,
-- Gi* and the other analyses over the whole period (231 k rows for the million demo records, 18 classes). counted_cells (class × cell
-- × month × exploitation type × age group) answers reads that filter by time, type or age group, and monthly trends: at a
-- million records nearly every one of its keys holds one record, so it is as long as the records it counts.
CREATE TABLE access_classes (
    source_agency text NOT NULL,
    sensitivity text NOT NULL,
    agreement_reference text NOT NULL, -- '' for none, so the class is a key
    PRIMARY KEY (source_agency, sensitivity, agreement_reference)
);

CREATE TABLE class_cells (
    source_agency text NOT NULL,
    sensitivity text NOT NULL,
    agreement_reference text NOT NULL,
    col integer NOT NULL,
    row integer NOT NULL,
    records integer NOT NULL,
    key_sum bigint NOT NULL,
    PRIMARY KEY (source_agency, sensitivity, agreement_reference, col, row)
);

CREATE TABLE counted_cells (
    source_agency text NOT NULL,
    sensitivity text NOT NULL,
    agreement_reference text NOT NULL,
    col integer NOT NULL,
    row integer NOT NULL,
    month timestamptz NOT NULL,
    exploitation_type text NOT NULL,
    victim_age_group text NOT NULL,
    records integer NOT NULL,
    key_sum bigint NOT NULL,
    PRIMARY KEY (source_agency, sensitivity, agreement_reference, col, row, month, exploitation_type, victim_age_group)
);

-- A statement that empties a cell leaves a row of zero; these find them without reading the table.
CREATE INDEX class_cells_emptied ON class_cells (col) WHERE records = 0;
CREATE INDEX counted_cells_emptied ON counted_cells (col) WHERE records = 0;

-- Adds the rows a statement stored (new_rows) and takes away those it removed (old_rows), in the statement's transaction,
-- at both grains in one pass over them. An update that moves no record between keys (a retention date, a grade) nets to
-- nothing and writes nothing. SECURITY DEFINER: the server's login (hotspots_app) may read the counts but not write
-- them, so they change only as incidents do. A trigger's transition tables are visible only to its own function, hence
-- the statement is composed here for each kind of change.
CREATE FUNCTION keep_counted_cells() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    changed text := CASE TG_OP
        WHEN 'INSERT' THEN 'SELECT 1 AS sign, * FROM new_rows'
        WHEN 'DELETE' THEN 'SELECT -1 AS sign, * FROM old_rows'
        ELSE 'SELECT -1 AS sign, * FROM old_rows UNION ALL SELECT 1, * FROM new_rows' END;
    cell float8 := (SELECT value::float8 FROM access_policy WHERE key = 'generalised_cell_metres');
BEGIN
    -- Single quotes, not dollar quotes, around the statement: the migration runner (DbUp) would read a named dollar quote as one of its variables.
    EXECUTE format('
        WITH changed AS (%s),
        classes AS (
            INSERT INTO access_classes SELECT DISTINCT source_agency, sensitivity, coalesce(agreement_reference, '''')
            FROM changed WHERE sign = 1 ON CONFLICT DO NOTHING),
        delta AS MATERIALIZED (
            SELECT source_agency, sensitivity, coalesce(agreement_reference, '''') AS agreement_reference,
                floor(ST_X(location) / %s)::integer AS col, floor(ST_Y(location) / %s)::integer AS row,
                date_trunc(''month'', occurred_from AT TIME ZONE ''UTC'') AT TIME ZONE ''UTC'' AS month, exploitation_type,
                victim_age_group, sum(sign)::integer AS records, sum(sign * record_key)::bigint AS key_sum
            FROM changed
            WHERE linked_group IS NULL
            GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
            HAVING sum(sign) <> 0 OR sum(sign * record_key) <> 0),
        fine AS (
            INSERT INTO counted_cells AS c SELECT * FROM delta ORDER BY 1, 2, 3, 4, 5, 6, 7, 8
            ON CONFLICT (source_agency, sensitivity, agreement_reference, col, row, month, exploitation_type, victim_age_group)
            DO UPDATE SET records = c.records + excluded.records, key_sum = c.key_sum + excluded.key_sum)
        INSERT INTO class_cells AS c
        SELECT source_agency, sensitivity, agreement_reference, col, row, sum(records), sum(key_sum)
        FROM delta GROUP BY 1, 2, 3, 4, 5 HAVING sum(records) <> 0 OR sum(key_sum) <> 0 ORDER BY 1, 2, 3, 4, 5
        ON CONFLICT (source_agency, sensitivity, agreement_reference, col, row)
        DO UPDATE SET records = c.records + excluded.records, key_sum = c.key_sum + excluded.key_sum
        ', changed, cell, cell);
    IF TG_OP <> 'INSERT' THEN
        DELETE FROM counted_cells WHERE records = 0;
        DELETE FROM class_cells WHERE records = 0;
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER incidents_counted_on_insert AFTER INSERT ON incidents
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION keep_counted_cells();
CREATE TRIGGER incidents_counted_on_update AFTER UPDATE ON incidents
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION keep_counted_cells();
CREATE TRIGGER incidents_counted_on_delete AFTER DELETE ON incidents
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION keep_counted_cells();

CREATE FUNCTION forget_counted_cells() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    DELETE FROM counted_cells;
    DELETE FROM class_cells;
    RETURN NULL;
END
$$;

CREATE TRIGGER incidents_counted_on_truncate AFTER TRUNCATE ON incidents
    FOR EACH STATEMENT EXECUTE FUNCTION forget_counted_cells();

-- Counts every stored record afresh: after a new cell side, and after a first load that set the insert trigger aside.
CREATE FUNCTION count_all_cells() RETURNS void
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    DELETE FROM counted_cells; -- not TRUNCATE: that would lock out every reader until the transaction ends
    DELETE FROM class_cells;
    INSERT INTO access_classes
        SELECT DISTINCT source_agency, sensitivity, coalesce(agreement_reference, '') FROM incidents ON CONFLICT DO NOTHING;
    INSERT INTO counted_cells
        SELECT source_agency, sensitivity, coalesce(agreement_reference, ''),
            floor(ST_X(location) / p.cell)::integer, floor(ST_Y(location) / p.cell)::integer,
            date_trunc('month', occurred_from AT TIME ZONE 'UTC') AT TIME ZONE 'UTC', exploitation_type, victim_age_group,
            count(*), sum(record_key)
        FROM incidents, (SELECT value::float8 AS cell FROM access_policy WHERE key = 'generalised_cell_metres') p
        WHERE linked_group IS NULL
        GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
        ORDER BY 1, 2, 3, 4, 5, 6, 7, 8;
    INSERT INTO class_cells
        SELECT source_agency, sensitivity, agreement_reference, col, row, sum(records), sum(key_sum)
        FROM counted_cells GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5;
END
$$;

-- The cells are the administrator's generalisation cells, so a new side recounts every class. A changed agreement or
-- policy needs no recount: the counts are kept per class, and each class's level is worked out per request (class_access).
CREATE FUNCTION recount_cells() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    PERFORM count_all_cells();
    RETURN NULL;
END
$$;

CREATE TRIGGER access_policy_recounts_cells AFTER UPDATE ON access_policy FOR EACH ROW
    WHEN (NEW.key = 'generalised_cell_metres' AND OLD.value IS DISTINCT FROM NEW.value) EXECUTE FUNCTION recount_cells();

-- A first load into an empty table (0020, 0029) also sets the insert trigger aside: one grouped count of every row at
-- the end costs a fraction of counting batch by batch into tables that grow with them. The table is locked by the import
-- until it ends, and a rolled-back import rolls the trigger back with it.
CREATE OR REPLACE FUNCTION incidents_drop_indexes_if_empty() RETURNS boolean
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
    ALTER TABLE incidents DISABLE TRIGGER incidents_counted_on_insert;
    RETURN true;
END $$;

-- Counts the cells of a first load and puts the insert trigger back; does nothing when the trigger was not set aside.
CREATE FUNCTION incidents_count_cells_if_set_aside() RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = 'incidents_counted_on_insert' AND tgenabled = 'D') THEN RETURN false; END IF;
    ALTER TABLE incidents ENABLE TRIGGER incidents_counted_on_insert;
    PERFORM count_all_cells();
    RETURN true;
END $$;

-- The server's login reads the counts and never writes them (the functions above do, as the owner).
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'hotspots_app') THEN
        GRANT SELECT ON access_classes, class_cells, counted_cells TO hotspots_app;
        REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON access_classes, class_cells, counted_cells FROM hotspots_app;
        GRANT EXECUTE ON FUNCTION incidents_count_cells_if_set_aside() TO hotspots_app;
        REVOKE EXECUTE ON FUNCTION count_all_cells() FROM PUBLIC, hotspots_app;
    END IF;
END $$;

-- Count what is already stored.
SELECT count_all_cells();
