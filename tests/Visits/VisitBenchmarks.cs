using System.Diagnostics;
using Hotspots.Access;
using Hotspots.Tests.Api;
using Hotspots.Visits;
using Microsoft.Extensions.DependencyInjection;

namespace Hotspots.Tests.Visits;

/// <summary>10 000 premises and risk businesses in a 5 km square among 20 000 incidents; run by bench/visits-benchmark.sh.</summary>
public sealed class BenchmarkFixture : HotspotsApp
{
    public long AreaId { get; private set; }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        AreaId = await Scalar<long>("INSERT INTO areas (code, name, kind, boundary) VALUES ('B1', 'Bench square', 'hotspot', ST_Multi(ST_MakeEnvelope(412000, 414000, 417000, 419000, 27700))) RETURNING id");
        await Execute("""
            INSERT INTO premises (address, use, location)
            SELECT 'House ' || g, (ARRAY['residential', 'hmo', 'commercial'])[1 + g % 3], ST_SetSRID(ST_MakePoint(412000 + random() * 5000, 414000 + random() * 5000), 27700)
            FROM generate_series(1, 7000) g;
            INSERT INTO risk_businesses (name, sector, location)
            SELECT 'Business ' || g, (ARRAY['nail_bar', 'hand_car_wash', 'takeaway', 'farm'])[1 + g % 4], ST_SetSRID(ST_MakePoint(412000 + random() * 5000, 414000 + random() * 5000), 27700)
            FROM generate_series(1, 3000) g;
            INSERT INTO incidents (location, occurred_from, exploitation_type, victim_age_group, source_agency, intelligence_grade, location_precision, sensitivity, agreement_reference)
            SELECT ST_SetSRID(ST_MakePoint(405000 + random() * 20000, 408000 + random() * 18000), 27700), now() - random() * interval '900 days',
                (ARRAY['labour', 'sexual', 'cannabis_cultivation'])[1 + g % 3], 'adult', (ARRAY['police', 'council', 'health'])[1 + g % 3],
                (ARRAY['1A', '2B', '3C', NULL])[1 + g % 4], 'exact', 'official', 'KMSP-ISA-2023-01'
            FROM generate_series(1, 20000) g;
            ANALYZE premises; ANALYZE risk_businesses; ANALYZE incidents;
            """);
    }
}

public sealed class VisitBenchmarks(BenchmarkFixture app) : IClassFixture<BenchmarkFixture>
{
    [Fact]
    public async Task Ranking_10_000_candidates_and_ordering_40_stops_take_well_under_a_second()
    {
        var ranker = app.Factory.Services.GetRequiredService<TargetRanker>();
        var viewer = new Viewer("analyst.council", Role.Analyst, "council");
        var area = new TargetArea(app.AreaId);
        await ranker.Rank(viewer, area, 250, 730, 100, default);
        var inProcess = new List<double>();
        TargetRanking ranking = null!;
        for (var i = 0; i < 5; i++)
        {
            var clock = Stopwatch.StartNew();
            ranking = await ranker.Rank(viewer, area, 250, 730, 100, default);
            inProcess.Add(clock.Elapsed.TotalMilliseconds);
        }
        Assert.Equal(10_000, ranking.CandidateCount);

        using var client = await app.SignedIn("analyst.council");
        var overHttp = new List<double>();
        for (var i = 0; i < 5; i++)
        {
            var clock = Stopwatch.StartNew();
            await client.Data("query($a: TargetAreaInput!) { visitTargets(area: $a, first: 100) { candidateCount targets { placeId score terms { term points } } } }",
                new { a = new { areaId = app.AreaId } });
            overHttp.Add(clock.Elapsed.TotalMilliseconds);
        }

        var random = new Random(40);
        var stops = Enumerable.Range(0, 40).Select(_ => new Stop(random.NextDouble() * 5000, random.NextDouble() * 5000)).ToList();
        RouteOrder.Order(stops);
        var routing = new List<double>();
        double length = 0, fromFixedStart = 0;
        for (var i = 0; i < 5; i++)
        {
            var clock = Stopwatch.StartNew();
            length = RouteOrder.Length(stops, RouteOrder.Order(stops));
            routing.Add(clock.Elapsed.TotalMilliseconds);
        }
        fromFixedStart = RouteOrder.Length(stops, RouteOrder.Order(stops, stops[0]));

        var figures = $"""
            ranking 10 000 candidates (20 000 incidents, analyst): in process median {Median(inProcess):0} ms, best {inProcess.Min():0} ms; over GraphQL (first 100) median {Median(overHttp):0} ms
            ordering 40 stops (every start, nearest neighbour + 2-opt): median {Median(routing):0.0} ms; length {length:0} m (from a fixed start {fromFixedStart:0} m)
            {Environment.ProcessorCount} cores, load {File.ReadAllText("/proc/loadavg").Split(' ')[0]}
            """;
        // Alone (bench/visits-benchmark.sh) the goal is under a second; inside the whole suite other test classes
        // share the two cores, so there it only guards against a return to the seconds-long SQL join.
        var output = Environment.GetEnvironmentVariable("HOTSPOTS_BENCH_OUT");
        if (output is { Length: > 0 }) await File.WriteAllTextAsync(output, figures);
        var limit = output is { Length: > 0 } ? 1000 : 5000;
        Assert.True(Median(inProcess) < limit && Median(routing) < limit, figures);
    }

    private static double Median(List<double> values) => values.Order().ElementAt(values.Count / 2);
}
