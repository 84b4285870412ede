-- Each agency's policy: when its records are due for review, and how long they are kept before the
-- retention job anonymises or deletes them (the decision is written to the audit log).
ALTER TABLE agencies
    ADD COLUMN review_months integer NOT NULL DEFAULT 12 CHECK (review_months > 0),
    ADD COLUMN retention_months integer NOT NULL DEFAULT 72 CHECK (retention_months > 0),
    ADD COLUMN retention_action text NOT NULL DEFAULT 'anonymise' CHECK (retention_action IN ('anonymise', 'delete'));

ALTER TABLE incidents
    ADD COLUMN reviewed_on date,
    ADD COLUMN anonymised_on date;
