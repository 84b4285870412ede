using Npgsql;

namespace Hotspots.Database;

public static class DatabaseServices
{
    /// <summary>The one connection string: HOTSPOTS_DATABASE, from the environment or configuration.</summary>
    public static string ConnectionString(IConfiguration configuration) =>
        configuration["HOTSPOTS_DATABASE"] is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                "HOTSPOTS_DATABASE is not set: give a PostGIS connection string, or start with ./hotspots run.");

    public const string ApplicationRole = "hotspots_app";

    /// <summary>
    /// A data source working as <paramref name="role"/> (see migration 0005), or as the connecting user when null: the
    /// server passes null, signing in as the application's login; the command line and tests, holding the owner's login, a role.
    /// </summary>
    public static NpgsqlDataSource CreateDataSource(string connectionString, string? role = ApplicationRole, int? commandTimeoutSeconds = null)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        if (commandTimeoutSeconds is { } timeout) builder.ConnectionStringBuilder.CommandTimeout = timeout;
        // JIT compiling paid 1 s to save milliseconds on the analysis's largest statements (measured on a million
        // incidents, docs/benchmarks.md); our statements are short, so it is off.
        builder.ConnectionStringBuilder.Options = string.IsNullOrEmpty(role) ? "-c jit=off" : $"-c role={role} -c jit=off";
        builder.UseNetTopologySuite();
        builder.ConnectionStringBuilder.ApplicationName ??= "hotspots";
        return builder.Build();
    }

    /// <summary>
    /// The server signs in as a role that owns nothing (see <see cref="ApplicationLogin"/>) and switches to no other, so
    /// SQL run through it cannot RESET ROLE to the owner. Migrations run before it listens (<see cref="DatabaseStartup"/>).
    /// </summary>
    public static IServiceCollection AddDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = ConnectionString(configuration);
        var timeout = DatabaseTrouble.CommandTimeoutSeconds(configuration);
        services.AddSingleton(_ => CreateDataSource(connectionString, role: null, timeout)).AddHostedService<DatabaseStartup>();
        return services.AddSingleton(provider => configuration["HOTSPOTS_DATABASE_READS"] is { Length: > 0 } reads
                ? new ReadOnlyDatabase(CreateDataSource(reads, role: null, timeout), Separate: true)
                : new ReadOnlyDatabase(provider.GetRequiredService<NpgsqlDataSource>(), Separate: false))
            .AddSingleton(new Readiness(connectionString))
            .AddSingleton<UnitOfWork>();
    }
}
