-- The administrator's rules as data: what each sharing agreement is (lawful basis, when it is in force) and the
-- floors the generalisation and suppression may not go below, so the starting rules can be made stricter, never looser.
ALTER TABLE sharing_agreements
    ADD COLUMN lawful_basis text NOT NULL DEFAULT 's115 Crime and Disorder Act 1998' CHECK (length(trim(lawful_basis)) > 0),
    ADD COLUMN starts_on date,
    ADD COLUMN ends_on date,
    ADD CONSTRAINT sharing_agreement_dates CHECK (starts_on IS NULL OR ends_on IS NULL OR starts_on <= ends_on);

ALTER TABLE access_policy ADD CONSTRAINT access_policy_floors CHECK (
    (key = 'generalised_cell_metres' AND value BETWEEN 100 AND 5000) OR (key = 'suppress_below' AND value BETWEEN 5 AND 100)
    OR key NOT IN ('generalised_cell_metres', 'suppress_below'));

-- Only agreements in force today name agencies (same signature as 0010, so incident_access is unchanged).
CREATE OR REPLACE FUNCTION viewer_rights(viewer text, viewer_agency text,
    OUT opened bigint[], OUT granted bigint[], OUT agreements text[], OUT assigned bigint[])
LANGUAGE sql STABLE AS $$
    SELECT
        array(SELECT incident_id FROM break_glass WHERE username = viewer AND now() < expires_at),
        array(SELECT incident_id FROM record_grants WHERE agency = viewer_agency AND (expires_at IS NULL OR now() < expires_at)),
        array(SELECT reference FROM sharing_agreements WHERE viewer_agency = ANY (full_access_agencies)
            AND (starts_on IS NULL OR starts_on <= current_date) AND (ends_on IS NULL OR current_date <= ends_on)),
        array(SELECT vi.incident_id FROM visit_incidents vi JOIN visit_team t ON t.visit_id = vi.visit_id WHERE t.username = viewer)
$$;
