-- The server works as hotspots_app, which may read and change the data but only append to the audit log.
-- Migrations run as the owner. Where the owner may not create roles, the server is configured without one.
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'hotspots_app') THEN
        CREATE ROLE hotspots_app NOLOGIN;
    END IF;
EXCEPTION WHEN insufficient_privilege THEN
    RAISE NOTICE 'hotspots_app not created: set Hotspots:DatabaseRole to an existing role or to empty';
END $$;

DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'hotspots_app') THEN
        EXECUTE format('GRANT hotspots_app TO %I', current_user);
        GRANT USAGE ON SCHEMA public TO hotspots_app;
        GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO hotspots_app;
        GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO hotspots_app;
        ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO hotspots_app;
        ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT EXECUTE ON FUNCTIONS TO hotspots_app;
        REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM hotspots_app;
        REVOKE ALL ON schemaversions FROM hotspots_app;
    END IF;
END $$;
