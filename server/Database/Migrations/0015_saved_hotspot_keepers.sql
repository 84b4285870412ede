-- A saved hotspot says who saved it (so they and their agency's analysts may rename, describe or delete it)
-- and carries a description the partnership writes.
ALTER TABLE areas
    ADD COLUMN description text,
    ADD COLUMN saved_by text,
    ADD COLUMN saved_agency text;
