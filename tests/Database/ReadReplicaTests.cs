using Hotspots.Tests.Api;
using Microsoft.AspNetCore.Hosting;

namespace Hotspots.Tests.Database;

/// <summary>
/// The server with HOTSPOTS_DATABASE_READS set to a second connection string for the same database (no streaming
/// replica runs in the tests), named so its connections can be told apart in pg_stat_activity.
/// </summary>
public sealed class ReadReplicaApp : HotspotsApp
{
    public const string ReadsName = "hotspots-reads";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Execute("""
            INSERT INTO incidents (location, occurred_from, exploitation_type, victim_age_group, source_agency, source_reference,
                location_precision, sensitivity, agreement_reference)
            SELECT ST_SetSRID(ST_MakePoint(414000 + n * 300, 416000 + n % 3 * 300), 27700), '2025-01-01Z', 'labour', 'adult', 'police', 'READS-' || n, 'exact', 'official', NULL
            FROM generate_series(1, 12) n
            """);
    }

    protected override void Configure(IWebHostBuilder web) =>
        web.UseSetting("HOTSPOTS_DATABASE_READS", $"{ConnectionString};Application Name={ReadsName}");
}

public sealed class ReadReplicaTests(ReadReplicaApp app) : IClassFixture<ReadReplicaApp>
{
    [Fact]
    public async Task Map_tile_and_analysis_reads_travel_over_the_read_connection_and_answer_as_the_primary_does()
    {
        const string connections = "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND application_name = $1";
        using var analyst = await app.SignedIn("analyst.police");
        Assert.Equal(0L, await app.Scalar<long>(connections, ReadReplicaApp.ReadsName));

        var map = (await analyst.Data("{ incidentMap { fullRecords } incidents(first: 100) { totalCount } }"));
        Assert.Equal(12, map["incidentMap"]!["fullRecords"]!.GetValue<int>());
        Assert.Equal(12, map["incidents"]!["totalCount"]!.GetValue<int>());
        Assert.True(await app.Scalar<long>(connections, ReadReplicaApp.ReadsName) >= 1, "incidentMap did not use the read connection");
        (await analyst.GetAsync("/tiles/incidents/8/126/82.mvt")).EnsureSuccessStatusCode();
        var run = (await analyst.Data("mutation { runAnalysis(request: { method: GI_STAR, cellSize: 200, distanceBand: 600 }) { incidentCount } }"))["runAnalysis"]!;
        Assert.Equal(12, run["incidentCount"]!.GetValue<int>());
        Assert.Equal(1L, await app.Scalar<long>("SELECT count(*) FROM audit_log WHERE action = 'view incident map'"));
    }
}
