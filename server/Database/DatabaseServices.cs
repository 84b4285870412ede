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
    public static NpgsqlDataSource CreateDataSource(string connectionString, string? role = ApplicationRole)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        if (!string.IsNullOrEmpty(role)) builder.ConnectionStringBuilder.Options = $"-c role={role}";
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
        return services.AddSingleton(_ => CreateDataSource(connectionString, Role(configuration)))
            .AddSingleton(new Readiness(connectionString));
    }
}
