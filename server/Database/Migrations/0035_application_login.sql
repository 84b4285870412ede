-- The server now signs in as hotspots_app itself (or a login granted it), a role that owns nothing, instead of as the
-- owner switching role with -c role=hotspots_app, which any SQL through it could undo with RESET ROLE. /ready reads
-- which migrations are applied as that login, so it may read (only read) the migrations journal.
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'hotspots_app') THEN
        GRANT SELECT ON schemaversions TO hotspots_app;
    END IF;
END $$;
