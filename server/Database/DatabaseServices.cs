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

    /// <summary>A data source working as <paramref name="role"/> (see migration 0005), or as the connecting user when null.</summary>
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

    /// <summary>The role the server works as: Hotspots:DatabaseRole, hotspots_app unless set; empty for the connecting user.</summary>
    public static string? Role(IConfiguration configuration) => configuration["Hotspots:DatabaseRole"] ?? ApplicationRole;

    public static IServiceCollection AddDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = ConnectionString(configuration);
        Migrations.Apply(connectionString);
        var timeout = DatabaseTrouble.CommandTimeoutSeconds(configuration);
        services.AddSingleton(_ => CreateDataSource(connectionString, Role(configuration), timeout));
        return services.AddSingleton(provider => configuration["HOTSPOTS_DATABASE_READS"] is { Length: > 0 } reads
                ? new ReadOnlyDatabase(CreateDataSource(reads, Role(configuration), timeout), Separate: true)
                : new ReadOnlyDatabase(provider.GetRequiredService<NpgsqlDataSource>(), Separate: false))
            .AddSingleton(new Readiness(connectionString))
            .AddSingleton<UnitOfWork>();
    }
}
