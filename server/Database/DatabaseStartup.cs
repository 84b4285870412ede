using Npgsql;

namespace Hotspots.Database;

/// <summary>
/// Runs before the server listens (hosted services start first): migrations as the owner when HOTSPOTS_DATABASE_OWNER
/// is given, then a refusal to start when the server's own login could act as the tables' owner.
/// </summary>
public sealed class DatabaseStartup(IConfiguration configuration, NpgsqlDataSource dataSource) : IHostedService
{
    public async Task StartAsync(CancellationToken cancel)
    {
        if (configuration["HOTSPOTS_DATABASE_OWNER"] is { Length: > 0 } owner)
            Migrations.Apply(owner, DatabaseServices.ConnectionString(configuration));
        if (await ApplicationLogin.OwnerProblem(dataSource, cancel) is { } problem) throw new InvalidOperationException(problem);
    }

    public Task StopAsync(CancellationToken cancel) => Task.CompletedTask;
}
