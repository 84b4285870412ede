using Hotspots.Tests.Api;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Hotspots.Tests.Database;

/// <summary>
/// The database as the last line: SQL run through the server's own connection (an injection, a compromised process)
/// can neither become the tables' owner nor change, delete or stop auditing the audit log.
/// </summary>
public sealed class ApplicationLoginTests(HotspotsApp app) : IClassFixture<HotspotsApp>
{
    [Theory]
    [InlineData("RESET ROLE; DELETE FROM audit_log")]
    [InlineData("SET ROLE postgres")]
    [InlineData("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only")]
    [InlineData("ALTER TABLE audit_log DISABLE TRIGGER ALL")]
    [InlineData("DELETE FROM audit_log")]
    [InlineData("UPDATE audit_log SET action = 'nothing happened'")]
    [InlineData("TRUNCATE audit_log")]
    [InlineData("DROP TRIGGER audit_log_append_only ON audit_log")]
    [InlineData("ALTER TABLE incidents DISABLE ROW LEVEL SECURITY")]
    public async Task Sql_through_the_servers_connection_cannot_undo_the_audit_log(string attack)
    {
        await app.Execute("INSERT INTO audit_log (username, agency, action) VALUES ('analyst.police', 'police', 'view incident map')");
        var before = await app.Scalar<long>("SELECT count(*) FROM audit_log");
        var server = app.Factory.Services.GetRequiredService<NpgsqlDataSource>();
        await using var connection = await server.OpenConnectionAsync();
        var refused = await Assert.ThrowsAsync<PostgresException>(() => new NpgsqlCommand(attack, connection).ExecuteNonQueryAsync());
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
        Assert.Equal(before, await app.Scalar<long>("SELECT count(*) FROM audit_log WHERE action <> 'nothing happened'"));
        Assert.Equal("hotspots_app", (string)(await new NpgsqlCommand("RESET ROLE; SELECT session_user::text", connection).ExecuteScalarAsync())!);
    }

    [Fact]
    public async Task The_server_refuses_to_start_signed_in_as_the_tables_owner()
    {
        await using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseSetting("HOTSPOTS_DATABASE", app.ConnectionString);
            web.UseSetting("Logging:LogLevel:Default", "None");
        });
        var refused = Record.Exception(() => factory.CreateClient());
        Assert.NotNull(refused);
        var messages = string.Join(" | ", Chain(refused).Select(e => e.Message));
        Assert.Contains("signs in as postgres, which owns the tables or is a superuser", messages);
        Assert.Contains("HOTSPOTS_DATABASE_OWNER", messages);
    }

    private static IEnumerable<Exception> Chain(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            yield return e;
            if (e is AggregateException all) foreach (var inner in all.InnerExceptions.SelectMany(Chain)) yield return inner;
        }
    }
}
