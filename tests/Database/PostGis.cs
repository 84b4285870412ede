using Hotspots.Database;
using Npgsql;
using Testcontainers.PostgreSql;

namespace Hotspots.Tests.Database;

/// <summary>
/// The real PostGIS every test runs on: a Testcontainers container where a Docker engine exists, otherwise the
/// cluster ./hotspots test started (HOTSPOTS_TEST_DATABASE). Each test class gets its own database, cloned from a
/// migrated template made once per run.
/// </summary>
public static class PostGis
{
    private static readonly Lazy<Task<string>> Template = new(MakeTemplate);
    private static PostgreSqlContainer? container;

    public static async Task<string> CreateDatabase()
    {
        var template = await Template.Value;
        var name = "hotspots_test_" + Guid.NewGuid().ToString("N")[..12];
        await using (var admin = new NpgsqlConnection(On(template, "postgres")))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name} TEMPLATE {new NpgsqlConnectionStringBuilder(template).Database}", admin);
            await create.ExecuteNonQueryAsync();
        }
        return On(template, name);
    }

    public static async Task DropDatabase(string connectionString)
    {
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(On(connectionString, "postgres"));
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {new NpgsqlConnectionStringBuilder(connectionString).Database} WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }

    private static async Task<string> MakeTemplate()
    {
        var server = await Server();
        var template = On(server, $"hotspots_template_{Environment.ProcessId}");
        await DropDatabase(template);
        Migrations.Apply(template, Application(template));
        // Record keys 0 leave shown counts unperturbed (cell key 0 moves a count by 0), so feature tests can state exact
        // counts; the disclosure tests (tests/Access/Disclosure) give their records random keys, as the server does.
        await using (var connection = new NpgsqlConnection(template))
        {
            await connection.OpenAsync();
            await using var keys = new NpgsqlCommand("ALTER TABLE incidents ALTER COLUMN record_key SET DEFAULT 0", connection);
            await keys.ExecuteNonQueryAsync();
        }
        NpgsqlConnection.ClearAllPools();
        return template;
    }

    private static async Task<string> Server()
    {
        try
        {
            container = new PostgreSqlBuilder("postgis/postgis:15-3.4").Build();
            await container.StartAsync();
            return container.GetConnectionString();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // No Docker engine on our machines: ./hotspots test starts a local cluster instead.
            return Environment.GetEnvironmentVariable("HOTSPOTS_TEST_DATABASE") is { Length: > 0 } local
                ? local
                : throw new InvalidOperationException("No Docker engine and no HOTSPOTS_TEST_DATABASE: run the tests with ./hotspots test.", e);
        }
    }

    /// <summary>
    /// The server's own login on the same database: hotspots_app, which owns nothing (the password, one per run, is
    /// set by Migrations.Apply as the owner); the owner's string is still what fixtures use to arrange rows.
    /// </summary>
    public static string Application(string ownerConnectionString) =>
        new NpgsqlConnectionStringBuilder(ownerConnectionString) { Username = DatabaseServices.ApplicationRole, Password = ApplicationPassword }.ConnectionString;

    private static readonly string ApplicationPassword = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(12));

    private static string On(string connectionString, string database) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Database = database, Pooling = true }.ConnectionString;
}
