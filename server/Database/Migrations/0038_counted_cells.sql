-- Need-to-know paid once (issue 15). A record's level for a viewer is decided by its access class (source agency,
-- sensitivity, agreement: the columns incident_access reads besides the id) unless one of the viewer's exceptions (break-
-- glass, grant, visit link) names it. So the records a viewer may only count are counted ahead, once, per class × grid
-- cell × month × exploitation type × age group, with the sum of their record keys so shown_count perturbs exactly as when
-- it counted the records themselves. The viewer's view (Incidents/IncidentView.cs) reads these counts for the classes it
-- counts and subtracts only its exceptions. Records of linked report groups are left out: which member represents a group
-- depends on the viewer, so the view decides them record by record as before.
CREATE TABLE access_classes (
    source_agency text NOT NULL,
    sensitivity text NOT NULL,
    agreement_reference text NOT NULL, -- '' for none, so the class is a key
    PRIMARY KEY (source_agency, sensitivity, agreement_reference)
);

CREATE TABLE counted_cells (
    col integer NOT NULL,
    row integer NOT NULL,
    month timestamptz NOT NULL,
    source_agency text NOT NULL,
    sensitivity text NOT NULL,
    agreement_reference text NOT NULL,
    exploitation_type text NOT NULL,
    victim_age_group text NOT NULL,
    records integer NOT NULL,
    key_sum bigint NOT NULL,
    PRIMARY KEY (col, row, month, source_agency, sensitivity, agreement_reference, exploitation_type, victim_age_group)
);

-- Counts the unlinked records a statement removed (old_rows) out of their cells and those it stored (new_rows) in, in the
-- statement's transaction. A trigger's transition tables are visible only to the statements of its own function, so
-- the counting statement is written here once for each; recount_cells below is the same for the whole table.
CREATE FUNCTION keep_counted_cells() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        INSERT INTO counted_cells AS c
        SELECT floor(ST_X(location) / p.cell)::integer, floor(ST_Y(location) / p.cell)::integer,
            date_trunc('month', occurred_from AT TIME ZONE 'UTC') AT TIME ZONE 'UTC',
            source_agency, sensitivity, coalesce(agreement_reference, ''), exploitation_type, victim_age_group,
            -count(*), -sum(record_key)
        FROM old_rows, (SELECT value::float8 AS cell FROM access_policy WHERE key = 'generalised_cell_metres') p
        WHERE linked_group IS NULL
        GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
        ORDER BY 1, 2, 3, 4, 5, 6, 7, 8
        ON CONFLICT (col, row, month, source_agency, sensitivity, agreement_reference, exploitation_type, victim_age_group)
        DO UPDATE SET records = c.records + excluded.records, key_sum = c.key_sum + excluded.key_sum;
        DELETE FROM counted_cells c
        USING (SELECT DISTINCT floor(ST_X(location) / p.cell)::integer AS col, floor(ST_Y(location) / p.cell)::integer AS row
               FROM old_rows, (SELECT value::float8 AS cell FROM access_policy WHERE key = 'generalised_cell_metres') p
               WHERE linked_group IS NULL) k
        WHERE c.col = k.col AND c.row = k.row AND c.records = 0;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO access_classes
        SELECT DISTINCT source_agency, sensitivity, coalesce(agreement_reference, '') FROM new_rows ON CONFLICT DO NOTHING;
        INSERT INTO counted_cells AS c
        SELECT floor(ST_X(location) / p.cell)::integer, floor(ST_Y(location) / p.cell)::integer,
            date_trunc('month', occurred_from AT TIME ZONE 'UTC') AT TIME ZONE 'UTC',
            source_agency, sensitivity, coalesce(agreement_reference, ''), exploitation_type, victim_age_group,
            count(*), sum(record_key)
        FROM new_rows, (SELECT value::float8 AS cell FROM access_policy WHERE key = 'generalised_cell_metres') p
        WHERE linked_group IS NULL
        GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
        ORDER BY 1, 2, 3, 4, 5, 6, 7, 8
        ON CONFLICT (col, row, month, source_agency, sensitivity, agreement_reference, exploitation_type, victim_age_group)
        DO UPDATE SET records = c.records + excluded.records, key_sum = c.key_sum + excluded.key_sum;
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
LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM counted_cells; -- not TRUNCATE: the application role may not
    RETURN NULL;
END
$$;

CREATE TRIGGER incidents_counted_on_truncate AFTER TRUNCATE ON incidents
    FOR EACH STATEMENT EXECUTE FUNCTION forget_counted_cells();

CREATE FUNCTION count_all_cells() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM counted_cells; -- not TRUNCATE: the application role may not
    INSERT INTO access_classes
        SELECT DISTINCT source_agency, sensitivity, coalesce(agreement_reference, '') FROM incidents ON CONFLICT DO NOTHING;
    INSERT INTO counted_cells AS c
        SELECT floor(ST_X(location) / p.cell)::integer, floor(ST_Y(location) / p.cell)::integer,
            date_trunc('month', occurred_from AT TIME ZONE 'UTC') AT TIME ZONE 'UTC',
            source_agency, sensitivity, coalesce(agreement_reference, ''), exploitation_type, victim_age_group,
            count(*), sum(record_key)
        FROM incidents, (SELECT value::float8 AS cell FROM access_policy WHERE key = 'generalised_cell_metres') p
        WHERE linked_group IS NULL
        GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
        ORDER BY 1, 2, 3, 4, 5, 6, 7, 8
        ON CONFLICT (col, row, month, source_agency, sensitivity, agreement_reference, exploitation_type, victim_age_group)
        DO UPDATE SET records = c.records + excluded.records, key_sum = c.key_sum + excluded.key_sum;
END
$$;

-- The cells are the administrator's generalisation cells, so a new side recounts every class.
CREATE FUNCTION recount_cells() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM count_all_cells();
    RETURN NULL;
END
$$;

CREATE TRIGGER access_policy_recounts_cells AFTER UPDATE ON access_policy FOR EACH ROW
    WHEN (NEW.key = 'generalised_cell_metres' AND OLD.value IS DISTINCT FROM NEW.value) EXECUTE FUNCTION recount_cells();

-- Count what is already stored.
SELECT count_all_cells();
