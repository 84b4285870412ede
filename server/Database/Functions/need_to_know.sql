-- Need-to-know: the one definition, applied on every start after the migrations (Database/Migrations.cs), so the rule
-- can be read here whole. Every output (map, tiles, lists, trends, analyses, packs, exports) reads incidents through
-- IncidentAccess.Seen and the viewer's view (Incidents/IncidentView.cs), which call these functions.
--
-- 1. viewer_rights: what one viewer holds beyond their role, read once per query.
-- 2. incident_access: full, generalised (counted in grid cells), signpost or none, for one record and one viewer.
-- 3. shown_count: the count a viewer is shown for a cell of records they may only count: withheld below the threshold,
--    otherwise perturbed by the cell key (docs/disclosure-control.md). Nothing else decides a shown count.

-- Records opened by break-glass, granted to the viewer's agency, agreements in force naming the agency, and records
-- linked to operations whose team the viewer is on. Read once per query so incident_access stays a plain expression
-- that PostgreSQL inlines (a function with sub-selects would run them for every row).
CREATE OR REPLACE FUNCTION viewer_rights(viewer text, viewer_agency text,
    OUT opened bigint[], OUT granted bigint[], OUT agreements text[], OUT assigned bigint[])
LANGUAGE sql STABLE AS $$
    SELECT
        array(SELECT incident_id FROM break_glass WHERE username = viewer AND now() < expires_at),
        array(SELECT incident_id FROM record_grants WHERE agency = viewer_agency AND (expires_at IS NULL OR now() < expires_at)),
        array(SELECT reference FROM sharing_agreements WHERE viewer_agency = ANY (full_access_agencies)
            AND (starts_on IS NULL OR starts_on <= current_date) AND (ends_on IS NULL OR current_date <= ends_on)),
        -- An operation's shares close a week after its day (time for outcomes recorded offline to arrive): #16.
        array(SELECT vi.incident_id FROM visit_incidents vi JOIN visit_team t ON t.visit_id = vi.visit_id
              JOIN visits v ON v.id = vi.visit_id WHERE t.username = viewer AND current_date <= v.planned_on + 7)
$$;

CREATE OR REPLACE FUNCTION incident_access(
    incident_id bigint, source_agency text, sensitivity text, agreement_reference text,
    viewer_agency text, viewer_role text, opened bigint[], granted bigint[], agreements text[], assigned bigint[]) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE
        WHEN viewer_role = 'enforcement_officer' AND incident_id = ANY (assigned) THEN 'full'
        WHEN viewer_role = 'enforcement_officer' THEN 'none'
        WHEN viewer_role = 'analyst' AND source_agency = viewer_agency THEN 'full'
        WHEN incident_id = ANY (opened) THEN 'full'
        WHEN viewer_role = 'analyst' AND incident_id = ANY (granted) THEN 'full'
        WHEN sensitivity = 'official_sensitive' AND source_agency <> viewer_agency THEN 'signpost'
        WHEN viewer_role = 'analyst' AND sensitivity = 'official' AND agreement_reference = ANY (agreements) THEN 'full'
        ELSE 'generalised'
    END
$$;

-- The small-number threshold the administrator set (access_policy, never below 5).
CREATE OR REPLACE FUNCTION suppression_threshold() RETURNS integer
LANGUAGE sql STABLE AS $$ SELECT value FROM access_policy WHERE key = 'suppress_below' $$;

-- The count shown for n counted-only records whose keys sum to cell_key (mod 256): NULL (withheld) below the threshold;
-- otherwise n moved by d as the key falls in one of five bands (0 for 40 % of keys, -1 and +1 for 20 % each, -2 and +2
-- for 10 % each), never below the threshold, so a shown count is never mistaken for a withheld one. The same records
-- always give the same answer (docs/disclosure-control.md).
CREATE OR REPLACE FUNCTION shown_count(n bigint, cell_key bigint, threshold integer) RETURNS integer
LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN n < threshold THEN NULL ELSE greatest(threshold, n + CASE
        WHEN cell_key % 256 < 102 THEN 0 WHEN cell_key % 256 < 153 THEN -1 WHEN cell_key % 256 < 204 THEN 1
        WHEN cell_key % 256 < 230 THEN -2 ELSE 2 END)::integer END
$$;

-- The level incident_access gives every record of an access class (source agency, sensitivity, agreement; '' for none)
-- that no exception of the viewer's names. Only a record's id can make incident_access answer otherwise, and only when
-- the id is in one of viewer_rights' arrays (opened, granted, assigned): so a viewer's view is these levels per class
-- plus, for those few records, incident_access itself (Incidents/IncidentView.cs reads the class aggregates, 0038, this way).
CREATE OR REPLACE FUNCTION class_access(source_agency text, sensitivity text, agreement_reference text,
    viewer_agency text, viewer_role text, agreements text[]) RETURNS text
LANGUAGE sql IMMUTABLE AS $$
    SELECT incident_access(NULL, source_agency, sensitivity, nullif(agreement_reference, ''), viewer_agency, viewer_role,
        '{}', '{}', agreements, '{}')
$$;
