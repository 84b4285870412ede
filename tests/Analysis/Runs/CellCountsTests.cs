using Hotspots.Access;
using Hotspots.Analysis;
using Hotspots.Areas;
using Hotspots.Incidents;
using Hotspots.Tests.Api;
using Microsoft.Extensions.DependencyInjection;

namespace Hotspots.Tests.Analysis.Runs;

/// <summary>
/// 3 000 seeded incidents over 3 km × 3 km of Huddersfield from four agencies, a sixth OFFICIAL-SENSITIVE, the council's
/// under the police agreement and the others under none, so each viewer sees some in full, counts some and is told of others.
/// </summary>
public sealed class MixedAccessFixture : HotspotsApp
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Execute("""
            INSERT INTO incidents (location, occurred_from, exploitation_type, victim_age_group, source_agency, source_reference,
                location_precision, sensitivity, agreement_reference)
            SELECT ST_SetSRID(ST_MakePoint(413000 + (n * 7919 % 3001) + (n % 10) / 10.0, 415000 + (n * 104729 % 3001)), 27700), '2025-03-01Z',
                'labour', 'adult', (ARRAY['police', 'council', 'health', 'housing'])[n % 4 + 1], 'MIX-' || n, 'exact',
                CASE WHEN n % 6 = 0 THEN 'official_sensitive' ELSE 'official' END, CASE WHEN n % 4 = 1 THEN 'KMSP-ISA-2023-01' END
            FROM generate_series(1, 3000) n
            """);
    }
}

/// <summary>Counting in PostGIS gives exactly the cells, counts and incident set of reading every point and counting in the server.</summary>
public sealed class CellCountsTests(MixedAccessFixture app) : IClassFixture<MixedAccessFixture>
{
    public static TheoryData<string, Role, string, bool> Viewers => new()
    {
        { "analyst.police", Role.Analyst, "police", false }, { "analyst.council", Role.Analyst, "council", false },
        { "partner.health", Role.Partner, "health", false }, { "analyst.police", Role.Analyst, "police", true },
        { "partner.health", Role.Partner, "health", true },
    };

    [Theory]
    [MemberData(nameof(Viewers))]
    public async Task Counting_in_the_database_matches_counting_every_point_the_viewer_may_see(string user, Role role, string agency, bool window)
    {
        var viewer = new Viewer(user, role, agency);
        var filter = window ? new IncidentFilter(BoundingBox: new BoundingBox(413700, 415650, 415300, 417250, CoordinateSystem.BritishNationalGrid)) : new IncidentFilter();
        var points = await app.Factory.Services.GetRequiredService<AnalysisInputs>().Load(viewer, filter, ViewGrain.Period, CancellationToken.None);
        var counted = await app.Factory.Services.GetRequiredService<CellCounts>().Count(viewer, filter, 100, null, null, withIds: true, CancellationToken.None);

        var inServer = GridCounts.Count(points.Points, SquareGrid.Covering(points.Points, 100));
        // A partner sees only the few cells of five or more of this thin spread; an analyst their own records as well.
        Assert.InRange(points.Count, 10, 2999);
        Assert.Equal(inServer.Grid, counted.Counts.Grid);
        Assert.Equal(inServer.Counts, counted.Counts.Counts);
        Assert.Equal(points.Ids, counted.Ids);
        Assert.Equal(points.Generalised, counted.Generalised);
        Assert.Equal(points.Classification, counted.Classification);
    }
}
