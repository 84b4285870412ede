using System.Text.Json.Nodes;
using Hotspots.Tests.Api;

namespace Hotspots.Tests.Access.Disclosure;

/// <summary>
/// A 1 km hotspot with four places to rank and OFFICIAL incidents of police, council and health around them, every
/// record with a random key: a car wash beside a cell of 12 and one of 3, an HMO beside a cell of 7, a nail bar beside
/// a cell of 2 alone, and a house with nothing within 250 m.
/// </summary>
public sealed class RankingDisclosureFixture : HotspotsApp
{
    public long AreaId { get; private set; }
    public const string CarWash = "Sparkle Hand Car Wash", NailBar = "Diamond Nails", Hmo = "12 Wakefield Road", House = "3 Chapel Street";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        AreaId = await Scalar<long>("INSERT INTO areas (code, name, kind, boundary) VALUES ('RD1', 'Ranking hotspot', 'hotspot', ST_Multi(ST_MakeEnvelope(414000, 416000, 415000, 417000, 27700))) RETURNING id");
        await Execute("INSERT INTO risk_businesses (name, sector, address, location) VALUES ('Sparkle Hand Car Wash', 'hand_car_wash', '1 Bay Street', ST_SetSRID(ST_MakePoint(414520, 416520), 27700))");
        await Execute("INSERT INTO risk_businesses (name, sector, address, location) VALUES ('Diamond Nails', 'nail_bar', '2 Bay Street', ST_SetSRID(ST_MakePoint(414150, 416850), 27700))");
        await Execute("INSERT INTO premises (address, use, location) VALUES ('12 Wakefield Road', 'hmo', ST_SetSRID(ST_MakePoint(414820, 416180), 27700))");
        await Execute("INSERT INTO premises (address, use, location) VALUES ('3 Chapel Street', 'residential', ST_SetSRID(ST_MakePoint(414900, 416900), 27700))");
        await Execute("""
            INSERT INTO incidents (location, occurred_from, exploitation_type, victim_age_group, source_agency, source_reference,
                intelligence_grade, location_precision, sensitivity, record_key)
            SELECT ST_SetSRID(ST_MakePoint(c.x + (r % 7) * 10 - 30, c.y + (r % 5) * 10 - 20), 27700), now() - (r * 9) * interval '1 day',
                (ARRAY['labour', 'sexual'])[1 + r % 2], 'adult', (ARRAY['police', 'council', 'health'])[1 + (r + c.n) % 3],
                gen_random_uuid()::text, '2B', 'exact', 'official', floor(random() * 256)
            FROM (VALUES (414550, 416550, 12), (414650, 416550, 3), (414850, 416150, 7), (414150, 416850, 2)) c (x, y, n), generate_series(1, c.n) r
            """);
    }
}

public sealed class RankingDisclosureTests(RankingDisclosureFixture app) : IClassFixture<RankingDisclosureFixture>
{
    private const string Ranking = """
        query($area: TargetAreaInput!) { visitTargets(area: $area) { targets { name score terms { term input points } incidentsByType { exploitationType count { display } } } } }
        """;

    private async Task<Dictionary<string, JsonNode>> Ranked(string username)
    {
        using var client = await app.SignedIn(username);
        var targets = (await client.Data(Ranking, new { area = new { areaId = app.AreaId.ToString() } }))["visitTargets"]!["targets"]!.AsArray();
        return targets.ToDictionary(t => t!["name"]!.GetValue<string>(), t => t!);
    }

    private static JsonNode Incidents(JsonNode target) => target["terms"]!.AsArray().Single(t => t!["term"]!.GetValue<string>() == "incidents")!;

    private static string Input(JsonNode target) => Incidents(target)["input"]!.GetValue<string>();

    // Attack on the officer's work rather than the data: a ranking that saw no incidents would send a raid to the wrong door.
    [Fact]
    public async Task An_officers_ranking_is_not_blind_it_orders_by_incident_pressure_as_an_analysts_does()
    {
        var officer = await Ranked("enforcement.council");
        var analyst = await Ranked("analyst.council");
        Assert.StartsWith("incident pressure: moderate (10–19 nearby, counted in cells)", Input(officer[RankingDisclosureFixture.CarWash]));
        Assert.StartsWith("incident pressure: low (5–9 nearby, counted in cells)", Input(officer[RankingDisclosureFixture.Hmo]));
        Assert.True(Incidents(officer[RankingDisclosureFixture.CarWash])["points"]!.GetValue<double>() > Incidents(officer[RankingDisclosureFixture.Hmo])["points"]!.GetValue<double>());
        Assert.True(Incidents(analyst[RankingDisclosureFixture.CarWash])["points"]!.GetValue<double>() > Incidents(analyst[RankingDisclosureFixture.Hmo])["points"]!.GetValue<double>());
    }

    // Attack: read "0 within 250 m" beside a place to learn that its withheld cells are empty, or a count to learn what they hold.
    [Fact]
    public async Task Where_only_withheld_cells_are_near_the_explanation_says_withheld_never_0_and_scores_nothing()
    {
        foreach (var username in new[] { "enforcement.council", "chair.council" })
        {
            var nailBar = (await Ranked(username))[RankingDisclosureFixture.NailBar];
            Assert.Contains("withheld (<5) within 250 m", Input(nailBar));
            Assert.EndsWith("1 cell withheld nearby", Input(nailBar));
            Assert.DoesNotMatch(@"^0\b|\b0 within", Input(nailBar));
            Assert.Equal(0, Incidents(nailBar)["points"]!.GetValue<double>());
        }
        var house = (await Ranked("enforcement.council"))[RankingDisclosureFixture.House];
        Assert.Equal("incident pressure: none within 250 m in 730 days", Input(house));
    }

    // Attack: an officer reads exact partner-grain counts off the score or the by-type list, gaining a map they do not have.
    [Fact]
    public async Task An_officer_learns_only_a_band_never_a_count_or_a_type()
    {
        var officer = await Ranked("enforcement.council");
        var perIncident = 1.0; // the seeded weight per nearby incident
        foreach (var target in officer.Values)
        {
            Assert.Empty(target["incidentsByType"]!.AsArray());
            Assert.Contains(Incidents(target)["points"]!.GetValue<double>() / perIncident, new double[] { 0, 1, 5, 10, 20, 50, 100 });
            Assert.DoesNotMatch(@"^\d", Input(target));
        }
    }

    // Attack: an analyst's ranking that counted the records behind their counted cells would tell them a withheld cell's size.
    [Fact]
    public async Task An_analysts_count_near_a_place_is_what_their_own_map_shows_within_the_distance()
    {
        using var police = await app.SignedIn("analyst.police");
        var circle = await app.Scalar<string>("SELECT ST_AsGeoJSON(ST_Transform(ST_Buffer(ST_SetSRID(ST_MakePoint(414520, 416520), 27700), 250, 64), 4326), 9)");
        var map = (await police.Data("query($f: IncidentFilter) { incidentMap(filter: $f) { fullRecords generalisedRecords { value } } }",
            new { f = new { within = JsonNode.Parse(circle), from = $"{DateTime.UtcNow.Date.AddDays(-730):yyyy-MM-dd}T00:00:00Z", to = $"{DateTime.UtcNow.Date.AddDays(1):yyyy-MM-dd}T00:00:00Z" } }))["incidentMap"]!;
        var mapped = map["fullRecords"]!.GetValue<long>() + map["generalisedRecords"]!["value"]!.GetValue<long>();
        var carWash = (await Ranked("analyst.police"))[RankingDisclosureFixture.CarWash];
        Assert.StartsWith($"{mapped} within 250 m in 730 days (", Input(carWash));
        Assert.Contains("1 cell withheld nearby", Input(carWash));
    }
}
