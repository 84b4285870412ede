using System.Net;
using Hotspots.Database;
using Hotspots.Tests.Api;

namespace Hotspots.Tests.Database;

public sealed class ReadinessTests(HotspotsApp app) : IClassFixture<HotspotsApp>
{
    [Fact]
    public async Task Ready_answers_anonymously_when_the_database_answers_and_is_migrated()
    {
        using var client = app.Anonymous();
        var response = await client.GetAsync("/ready");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ready", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_database_that_does_not_answer_is_not_ready()
    {
        var unreachable = new Readiness("Host=127.0.0.1;Port=1;Username=nobody;Password=x;Database=none");
        Assert.Equal("the database does not answer", await unreachable.Problem(CancellationToken.None));
    }

    [Fact]
    public async Task A_database_missing_a_migration_is_not_ready()
    {
        var database = new DatabaseFixture();
        await database.InitializeAsync();
        try
        {
            await database.Execute("SET ROLE NONE; DELETE FROM schemaversions WHERE scriptname LIKE '%0007_%'");
            Assert.Matches("^1 of [0-9]+ migrations are not applied$", await new Readiness(database.ConnectionString).Problem(CancellationToken.None));
        }
        finally
        {
            await database.DisposeAsync();
        }
    }
}
