using Hotspots.Database;
using Npgsql;

namespace Hotspots.Tests.Database;

/// <summary>A fresh migrated database for one test class.</summary>
public class DatabaseFixture : IAsyncLifetime
{
    public string ConnectionString { get; private set; } = "";
    public NpgsqlDataSource DataSource { get; private set; } = null!;

    public virtual async Task InitializeAsync()
    {
        ConnectionString = await PostGis.CreateDatabase();
        DataSource = DatabaseServices.CreateDataSource(ConnectionString);
    }

    public virtual async Task DisposeAsync()
    {
        await DataSource.DisposeAsync();
        await PostGis.DropDatabase(ConnectionString);
    }

    public async Task Execute(string sql, params object?[] values)
    {
        await using var command = DataSource.CreateCommand(sql);
        foreach (var value in values) command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        await command.ExecuteNonQueryAsync();
    }

    public async Task<T> Scalar<T>(string sql, params object?[] values)
    {
        await using var command = DataSource.CreateCommand(sql);
        foreach (var value in values) command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
