using Hotspots.Incidents;
using Hotspots.Tests.Api;

namespace Hotspots.Tests.Incidents;

/// <summary>
/// 5 000 police records in a 600 m square of Huddersfield (BNG 414000–414600 E, 416000–416600 N) and 20 council ones
/// beside them: past the point budget, the records an analyst sees in full come as clusters; what others may only
/// count stays in suppressed 100 m cells.
/// </summary>
public sealed class PointBudgetFixture : HotspotsApp
{
    public const int Dense = 5_000;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Execute("""
            INSERT INTO incidents (location, occurred_from, exploitation_type, victim_age_group, source_agency, source_reference,
                location_precision, sensitivity, agreement_reference)
            SELECT ST_SetSRID(ST_MakePoint(414000 + n % 100 * 6, 416000 + n / 100 * 12), 27700), timestamptz '2024-01-01Z' + n * interval '1 hour',
                'sexual', 'adult', CASE WHEN n <= $1 THEN 'police' ELSE 'council' END, 'DENSE-' || n, 'exact', 'official', NULL
            FROM generate_series(1, $1 + 20) n
            """, Dense);
    }
}

public sealed class PointBudgetTests(PointBudgetFixture app) : IClassFixture<PointBudgetFixture>
{
    private const string Map = """
        query($budget: Int) { incidentMap(pointBudget: $budget, filter: { boundingBox: { minX: 413900, minY: 415900, maxX: 414700, maxY: 416700, crs: BRITISH_NATIONAL_GRID } }) {
          fullRecords shown clusterMetres features } }
        """;

    [Fact]
    public async Task Past_the_budget_an_analysts_records_come_as_clusters_that_count_every_one()
    {
        using var analyst = await app.SignedIn("analyst.police");
        var map = (await analyst.Data(Map, new { budget = 200 }))["incidentMap"]!;
        Assert.Equal(PointBudgetFixture.Dense, map["fullRecords"]!.GetValue<int>());
        Assert.Equal(50.0, map["clusterMetres"]!.GetValue<double>());  // 600 m × 600 m / 200 = 42 m a side, doubled up from 25 m
        var features = map["features"]!["features"]!.AsArray();
        var clusters = features.Where(f => (string)f!["properties"]!["kind"]! == "incidentCluster").ToList();
        Assert.InRange(clusters.Count, 100, 200);
        Assert.Equal(PointBudgetFixture.Dense, clusters.Sum(c => c!["properties"]!["count"]!.GetValue<int>()));
        Assert.DoesNotContain(features, f => (string)f!["properties"]!["kind"]! == "incident");
        // The council's 20 records are still counted only in their 100 m cells, under the same suppression: 16 and "<5".
        var cells = features.Where(f => (string)f!["properties"]!["kind"]! == "incidentCell").Select(f => f!["properties"]!).ToList();
        Assert.Equal(["16", "<5"], cells.Select(c => (string)c!["label"]!).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Within_the_budget_they_stay_points_and_a_partner_never_gets_clusters()
    {
        using var analyst = await app.SignedIn("analyst.police");
        var map = (await analyst.Data(Map, new { budget = 10_000 }))["incidentMap"]!;
        Assert.Null(map["clusterMetres"]);
        Assert.Equal(PointBudgetFixture.Dense, map["features"]!["features"]!.AsArray().Count(f => (string)f!["properties"]!["kind"]! == "incident"));

        using var partner = await app.SignedIn("partner.health");
        var counted = (await partner.Data(Map, new { budget = 1 }))["incidentMap"]!;
        Assert.Equal(0, counted["fullRecords"]!.GetValue<int>());
        Assert.All(counted["features"]!["features"]!.AsArray(), f => Assert.Equal("incidentCell", (string)f!["properties"]!["kind"]!));
    }

    [Fact]
    public async Task A_budget_out_of_range_is_refused_with_the_range()
    {
        using var analyst = await app.SignedIn("analyst.police");
        var (_, body) = await analyst.Post(Map, new { budget = 0 });
        Assert.Equal($"pointBudget must be between 1 and {IncidentMap.MaxPointBudget} (was 0).", body.FirstError());
    }

    [Fact]
    public async Task A_tile_past_its_point_budget_holds_clusters_that_count_every_record()
    {
        using var analyst = await app.SignedIn("analyst.police");
        var bytes = await analyst.GetByteArrayAsync("/tiles/incidents/8/126/82.mvt");
        var tile = VectorTile.Read(bytes);
        Assert.Empty(tile.Layer("incidents"));
        var clusters = tile.Layer("incidentClusters");
        Assert.InRange(clusters.Count, 1, 4);  // a zoom-8 tile is ~100 km wide: 1.5 km clusters
        Assert.Equal(PointBudgetFixture.Dense, clusters.Sum(c => Convert.ToInt64(c.Properties["count"])));
    }
}
