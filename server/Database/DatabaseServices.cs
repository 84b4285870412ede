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

    public static NpgsqlDataSource CreateDataSource(string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        builder.UseNetTopologySuite();
        builder.ConnectionStringBuilder.ApplicationName ??= "hotspots";
        return builder.Build();
    }

    public static IServiceCollection AddDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = ConnectionString(configuration);
        Migrations.Apply(connectionString);
        return services.AddSingleton(_ => CreateDataSource(connectionString));
    }
}
