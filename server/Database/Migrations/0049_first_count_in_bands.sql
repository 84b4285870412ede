-- A first load's cell count (0038's incidents_count_cells_if_set_aside) was one statement: 18 s at a million rows with
-- no progress between (docs/benchmarks.md). This counts the same rows one band of cell columns at a time, so the import
-- reports progress after each band. Band 0 empties the counts and notes the columns the incidents span; the last band
-- switches the counting trigger back on. Like 0038's function it acts only while the trigger is set aside, which only a
-- first load into an empty table does (in its own transaction), so the server's login cannot use it to set a count.
CREATE FUNCTION incidents_count_cells_band(band integer, bands integer) RETURNS boolean
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    cell float8;
    first_col integer;
    last_col integer;
    lo integer;
    hi integer;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgname = 'incidents_counted_on_insert' AND tgenabled = 'D') THEN RETURN false; END IF;
    IF bands < 1 OR band < 0 OR band >= bands THEN RAISE EXCEPTION 'band % of % does not exist', band, bands; END IF;
    SELECT value::float8 INTO cell FROM access_policy WHERE key = 'generalised_cell_metres';
    IF band = 0 THEN
        DELETE FROM counted_cells; -- not TRUNCATE: that would lock out every reader until the transaction ends
        DELETE FROM class_cells;
        INSERT INTO access_classes
            SELECT DISTINCT source_agency, sensitivity, coalesce(agreement_reference, '') FROM incidents ON CONFLICT DO NOTHING;
        DROP TABLE IF EXISTS pg_temp.first_count_columns;
        CREATE TEMP TABLE first_count_columns ON COMMIT DROP AS
            SELECT floor(ST_XMin(e) / cell)::integer AS first_col, floor(ST_XMax(e) / cell)::integer AS last_col
            FROM (SELECT ST_Extent(location) AS e FROM incidents) x;
    END IF;
    SELECT c.first_col, c.last_col INTO first_col, last_col FROM pg_temp.first_count_columns c;
    IF first_col IS NOT NULL THEN
        lo := first_col + ((last_col - first_col + 1)::bigint * band / bands)::integer;
        hi := first_col + ((last_col - first_col + 1)::bigint * (band + 1) / bands)::integer - 1;
        IF hi >= lo THEN
            -- The band's columns as a box, so the spatial index finds its rows; the column test keeps edges in one band.
            INSERT INTO counted_cells
                SELECT source_agency, sensitivity, coalesce(agreement_reference, ''),
                    floor(ST_X(location) / cell)::integer, floor(ST_Y(location) / cell)::integer,
                    date_trunc('month', occurred_from AT TIME ZONE 'UTC') AT TIME ZONE 'UTC', exploitation_type, victim_age_group,
                    count(*), sum(record_key)
                FROM incidents
                WHERE linked_group IS NULL
                    AND location && ST_MakeEnvelope(lo * cell, -1e9, (hi + 1) * cell, 1e9, 27700)
                    AND floor(ST_X(location) / cell)::integer BETWEEN lo AND hi
                GROUP BY 1, 2, 3, 4, 5, 6, 7, 8
                ORDER BY 1, 2, 3, 4, 5, 6, 7, 8;
            INSERT INTO class_cells
                SELECT source_agency, sensitivity, agreement_reference, col, row, sum(records), sum(key_sum)
                FROM counted_cells WHERE col BETWEEN lo AND hi GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5;
        END IF;
    END IF;
    IF band = bands - 1 THEN
        ALTER TABLE incidents ENABLE TRIGGER incidents_counted_on_insert;
        DROP TABLE IF EXISTS pg_temp.first_count_columns;
    END IF;
    RETURN true;
END $$;

REVOKE EXECUTE ON FUNCTION incidents_count_cells_band(integer, integer) FROM PUBLIC;
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'hotspots_app') THEN
        GRANT EXECUTE ON FUNCTION incidents_count_cells_band(integer, integer) TO hotspots_app;
    END IF;
END $$;
