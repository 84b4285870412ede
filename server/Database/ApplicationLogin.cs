using Npgsql;

namespace Hotspots.Database;

/// <summary>
/// The server's own database login (HOTSPOTS_DATABASE) is a role that owns nothing: hotspots_app, or a login granted
/// it. Migrations run as the owner (HOTSPOTS_DATABASE_OWNER), who also makes that login when it cannot yet sign in.
/// </summary>
public static class ApplicationLogin
{
    /// <summary>Makes the application's login able to sign in with its password, unless it already can.</summary>
    public static void Ensure(string ownerConnectionString, string applicationConnectionString)
    {
        var application = new NpgsqlConnectionStringBuilder(applicationConnectionString) { Pooling = false };
        if (application.Username == new NpgsqlConnectionStringBuilder(ownerConnectionString).Username)
            throw new InvalidOperationException($"HOTSPOTS_DATABASE and HOTSPOTS_DATABASE_OWNER both sign in as {application.Username}: the server's login must be a role that owns nothing, such as {DatabaseServices.ApplicationRole}.");
        try
        {
            using var probe = new NpgsqlConnection(application.ConnectionString);
            probe.Open();
            return;
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification)
        {
            // Not a login yet, or another password: the owner sets it below.
        }
        // As the owner, before the server's data source exists: the unit of work only ever signs in as the application.
        using var owner = new NpgsqlConnection(ownerConnectionString);
        owner.Open();
        using var transaction = owner.BeginTransaction();
        // DDL takes no parameters, so the name and password travel as settings of this transaction and are quoted by format().
        new NpgsqlCommand("SELECT set_config('hotspots.login', $1, true), set_config('hotspots.password', $2, true)", owner, transaction)
            .With(application.Username, application.Password ?? "").ExecuteNonQuery();
        new NpgsqlCommand("""
            DO $$
            DECLARE login text := current_setting('hotspots.login'); password text := nullif(current_setting('hotspots.password'), '');
            BEGIN
                IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = login) THEN
                    EXECUTE format('ALTER ROLE %I LOGIN NOSUPERUSER NOCREATEROLE NOCREATEDB NOBYPASSRLS PASSWORD %L', login, password);
                ELSE
                    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L', login, password);
                END IF;
                IF login <> 'hotspots_app' THEN EXECUTE format('GRANT hotspots_app TO %I', login); END IF;
            END $$
            """, owner, transaction).ExecuteNonQuery();
        transaction.Commit();
    }

    /// <summary>Why the server must not work through this connection (it owns the tables, or may act as their owner), or null.</summary>
    public static async Task<string?> OwnerProblem(NpgsqlDataSource application, CancellationToken cancel)
    {
        // At start-up, before anyone asks anything: it checks the very data source the unit of work would run on.
        await using var command = application.CreateCommand("""
            SELECT current_user, r.rolsuper OR coalesce(pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = to_regclass('public.audit_log')), 'MEMBER'), false)
            FROM pg_roles r WHERE r.rolname = current_user
            """);
        await using var reader = await command.ExecuteReaderAsync(cancel);
        await reader.ReadAsync(cancel);
        return reader.GetBoolean(1)
            ? $"HOTSPOTS_DATABASE signs in as {reader.GetString(0)}, which owns the tables or is a superuser, so any SQL run through the server could undo the audit log. Sign in as {DatabaseServices.ApplicationRole} and give the owner's connection as HOTSPOTS_DATABASE_OWNER (README, Security)."
            : null;
    }
}
