using Npgsql;

namespace Hotspots.Database;

/// <summary>
/// Whether the server can do its work: the database answers within a few seconds and every migration in this build has
/// been applied, asked as the server's own login (migration 0035 lets it read the journal).
/// </summary>
public sealed class Readiness(string connectionString)
{
    private static readonly string[] Scripts = typeof(Migrations).Assembly.GetManifestResourceNames()
        .Where(name => name.Contains(".Database.Migrations.")).ToArray();

    private readonly NpgsqlDataSource owner = new NpgsqlDataSourceBuilder(
        new NpgsqlConnectionStringBuilder(connectionString) { Timeout = 3, CommandTimeout = 3, ApplicationName = "hotspots-ready" }.ConnectionString).Build();

    /// <summary>Null when ready, otherwise why not (without connection details).</summary>
    public async Task<string?> Problem(CancellationToken cancel)
    {
        try
        {
            // Its own small pool with a 3 s limit, so a health check never waits behind the server's work.
            await using var command = owner.CreateCommand("SELECT count(*) FROM schemaversions WHERE scriptname = ANY($1)").With((object)Scripts);
            var applied = (long)(await command.ExecuteScalarAsync(cancel))!;
            return applied == Scripts.Length ? null : $"{Scripts.Length - applied} of {Scripts.Length} migrations are not applied";
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            return "the database does not answer";
        }
    }

}

public static class ReadinessEndpoints
{
    /// <summary>/health: the process answers. /ready: it can also reach its database (503 otherwise); both anonymous.</summary>
    public static WebApplication MapReadiness(this WebApplication app)
    {
        app.MapGet("/health", () => "ok").AllowAnonymous();
        app.MapGet("/ready", async (Readiness readiness, HttpContext http) =>
            await readiness.Problem(http.RequestAborted) is { } problem
                ? Results.Text($"not ready: {problem}", statusCode: StatusCodes.Status503ServiceUnavailable)
                : Results.Text("ready")).AllowAnonymous();
        return app;
    }
}
