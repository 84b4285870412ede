using System.Text;
using Hotspots.Access;
using Hotspots.Areas;
using Hotspots.Database;
using Hotspots.Incidents;
using Hotspots.Tests.Api;
using Hotspots.Tests.Database;

namespace Hotspots.Tests.Incidents;

public sealed class SampleDatabase : DatabaseFixture
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await SampleIncidents.Insert(this);
        await Execute("INSERT INTO areas (code, name, kind, boundary) VALUES ('T1', 'Huddersfield centre', 'ward', ST_Multi(ST_Buffer(ST_SetSRID(ST_MakePoint(414500, 416500), 27700), 500)))");
    }
}

public sealed class IncidentSearchTests(SampleDatabase database) : IClassFixture<SampleDatabase>
{
    private static readonly Viewer PoliceAnalyst = new("analyst.police", Role.Analyst, "police");

    private async Task<long> Count(IncidentFilter filter) =>
        await (await new IncidentSearch(new UnitOfWork(database.DataSource)).Find(PoliceAnalyst, filter, new PageRequest(100, 0), default)).TotalCount();

    public static TheoryData<string, IncidentFilter, long> Filters => new()
    {
        { "no filter", new IncidentFilter(), 6 },
        { "Huddersfield window in WGS84", new IncidentFilter(BoundingBox: new BoundingBox(-1.79, 53.64, -1.77, 53.655, CoordinateSystem.Wgs84)), 3 },
        { "Dewsbury window in BNG", new IncidentFilter(BoundingBox: new BoundingBox(424000, 421000, 425000, 422000, CoordinateSystem.BritishNationalGrid)), 3 },
        { "2025 only", new IncidentFilter(From: DateTimeOffset.Parse("2025-01-01Z"), To: DateTimeOffset.Parse("2026-01-01Z")), 5 },
        { "sexual", new IncidentFilter(ExploitationTypes: [ExploitationType.Sexual]), 2 },
        { "children", new IncidentFilter(VictimAgeGroups: [VictimAgeGroup.Child]), 2 },
        { "police and health", new IncidentFilter(SourceAgencies: ["police", "health"]), 4 },
        { "police children in Dewsbury", new IncidentFilter(BoundingBox: new BoundingBox(424000, 421000, 425000, 422000, CoordinateSystem.BritishNationalGrid), VictimAgeGroups: [VictimAgeGroup.Child], SourceAgencies: ["police"]), 2 },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task Filters_narrow_incidents(string because, IncidentFilter filter, long expected) =>
        Assert.True(await Count(filter) == expected, $"{because}: expected {expected}, got {await Count(filter)}");

    [Fact]
    public async Task An_area_keeps_only_incidents_inside_its_boundary()
    {
        var area = await database.Scalar<long>("SELECT id FROM areas WHERE code = 'T1'");
        Assert.Equal(3, await Count(new IncidentFilter(AreaId: area)));
    }

    [Fact]
    public async Task The_map_layer_is_a_feature_collection_of_what_matches()
    {
        var layer = await new IncidentMap(new Hotspots.Database.ReadOnlyDatabase(database.DataSource, Separate: false)).Draw(PoliceAnalyst, new IncidentFilter(ExploitationTypes: [ExploitationType.ChildCriminalExploitation]), 1000, IncidentMap.DefaultPointBudget, default);
        Assert.Equal(2, layer.FullRecords);
        Assert.Equal(2, layer.Shown);
        Assert.Contains("\"FeatureCollection\"", Encoding.UTF8.GetString(layer.Features));
        Assert.Contains("\"child_criminal_exploitation\"", Encoding.UTF8.GetString(layer.Features));
    }

    [Fact]
    public async Task Locations_come_back_in_metres_and_in_WGS84()
    {
        var page = await new IncidentSearch(new UnitOfWork(database.DataSource)).Find(PoliceAnalyst, new IncidentFilter(), new PageRequest(1, 0), default);
        var incident = Assert.Single(page.Items);
        Assert.Equal(414500, incident.Easting, 3);
        var lonLat = System.Text.Json.JsonDocument.Parse(incident.Location).RootElement.GetProperty("coordinates");
        Assert.InRange(lonLat[0].GetDouble(), -1.79, -1.77);
        Assert.InRange(lonLat[1].GetDouble(), 53.64, 53.66);
    }
}
