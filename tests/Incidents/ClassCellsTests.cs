using Hotspots.Access;
using Hotspots.Areas;
using Hotspots.Database;
using Hotspots.Incidents;

namespace Hotspots.Tests.Incidents;

/// <summary>
/// The view read from the counts kept per access class equals the view worked out record by record through the rule
/// (<see cref="RuleByRecord"/>), row for row: every record seen in full with its columns, every counted cell with its
/// shown count. Map, tiles, trends and every analysis (Gi* included) are computed from nothing else, so equal views mean
/// equal answers; the filters below are the ones those outputs pass (a map window, a z15 tile, monthly trends, the whole
/// district and an area for Gi*).
/// </summary>
public sealed class ClassCellsTests(ClassCellsFixture database) : IClassFixture<ClassCellsFixture>
{
    public static readonly Viewer[] Viewers =
    [
        new("analyst.police", Role.Analyst, "police"), new("analyst.council", Role.Analyst, "council"),
        new("analyst.health", Role.Analyst, "health"), new("partner.health", Role.Partner, "health"),
        new("partner.housing", Role.Partner, "housing"), new("officer.police", Role.EnforcementOfficer, "police"),
        new("chair.council", Role.GroupChair, "council"),
    ];

    private static IEnumerable<(string Name, IncidentFilter Filter, ViewGrain Grain)> Filters(long area) =>
    [
        ("district for Gi*", new IncidentFilter(), ViewGrain.Period),
        ("area for Gi*", new IncidentFilter(AreaId: area), ViewGrain.Period),
        ("map window", new IncidentFilter(BoundingBox: new BoundingBox(414250, 416300, 415150, 417050, CoordinateSystem.BritishNationalGrid)), ViewGrain.Period),
        ("z15 tile", new IncidentFilter(BoundingBox: Tile.Parse(15, 16222, 10575)!.Wgs84()), ViewGrain.Period),
        ("trend by month, two types", new IncidentFilter(ExploitationTypes: [ExploitationType.Sexual, ExploitationType.Labour]), ViewGrain.Month),
        ("period bisecting months", new IncidentFilter(From: DateTimeOffset.Parse("2025-03-17Z"), To: DateTimeOffset.Parse("2025-11-09T12:00Z")), ViewGrain.Period),
        ("children of two agencies in a window by month", new IncidentFilter(
            BoundingBox: new BoundingBox(-1.7850, 53.6420, -1.7720, 53.6500, CoordinateSystem.Wgs84), VictimAgeGroups: [VictimAgeGroup.Child],
            SourceAgencies: ["police", "housing"]), ViewGrain.Month),
    ];

    [Fact]
    public async Task Every_viewer_and_filter_gets_the_view_the_rule_gives_record_by_record()
    {
        var (compared, cells) = await CompareAll();
        Assert.True(cells > 100, $"only {cells} counted cells: the fixture no longer tests counting");
        Assert.Equal(Viewers.Length * 7, compared);
    }

    [Fact]
    public async Task The_roll_up_holds_one_row_per_class_and_cell_and_the_fine_grain_sums_to_it()
    {
        var (rollUp, fine, classCells) = (await database.Scalar<long>("SELECT count(*) FROM class_cells"),
            await database.Scalar<long>("SELECT count(*) FROM counted_cells"),
            await database.Scalar<long>("""
                SELECT count(*) FROM (SELECT DISTINCT source_agency, sensitivity, agreement_reference, floor(ST_X(location) / 100),
                    floor(ST_Y(location) / 100) FROM incidents WHERE linked_group IS NULL) k
                """));
        Assert.Equal(classCells, rollUp);
        Assert.True(fine > rollUp, $"counted_cells {fine} rows, class_cells {rollUp}: the roll-up no longer saves reading");
        Assert.Equal(0, await database.Scalar<long>("""
            SELECT count(*) FROM class_cells r FULL JOIN (
                SELECT source_agency, sensitivity, agreement_reference, col, row, sum(records) AS records, sum(key_sum) AS key_sum
                FROM counted_cells GROUP BY 1, 2, 3, 4, 5) f USING (source_agency, sensitivity, agreement_reference, col, row)
            WHERE r.records IS DISTINCT FROM f.records OR r.key_sum IS DISTINCT FROM f.key_sum
            """));
    }

    [Fact]
    public async Task Writes_grants_links_and_a_new_cell_side_keep_the_counts_equal_to_the_rule()
    {
        await database.Execute("DELETE FROM incidents WHERE id % 29 = 0");
        await database.Execute("UPDATE incidents SET location = ST_Translate(location, 130, -70), exploitation_type = 'labour' WHERE id % 11 = 0");
        await database.Execute("INSERT INTO incident_links (incident_id, linked_incident_id, distance_m, days_apart) SELECT id, id + 3, 5, 1 FROM incidents WHERE id % 37 = 0 AND EXISTS (SELECT FROM incidents o WHERE o.id = incidents.id + 3) ON CONFLICT DO NOTHING");
        await database.Execute("SELECT relabel_linked_groups(array(SELECT incident_id FROM incident_links))");
        await database.Execute("INSERT INTO record_grants (incident_id, agency, granted_by) SELECT id, 'council', 'analyst.police' FROM incidents WHERE id % 19 = 0");
        await database.Execute("UPDATE sharing_agreements SET full_access_agencies = '{police,council,housing}' WHERE reference = 'KMSP-ISA-2023-01'");
        await CompareAll();
        try
        {
            await database.Execute("UPDATE access_policy SET value = 200 WHERE key = 'generalised_cell_metres'");
            await CompareAll();
        }
        finally
        {
            await database.Execute("UPDATE access_policy SET value = 100 WHERE key = 'generalised_cell_metres'");
        }
    }

    private async Task<(int Compared, int Cells)> CompareAll()
    {
        var area = await database.Scalar<long>("SELECT id FROM areas WHERE code = 'T1'");
        int compared = 0, cells = 0;
        foreach (var viewer in Viewers)
            foreach (var (name, filter, grain) in Filters(area))
            {
                var expected = await SameView.Rows(database, sql => RuleByRecord.Of(sql, viewer, filter, grain));
                var actual = await SameView.Rows(database, sql => IncidentView.Of(sql, viewer, filter, grain));
                Assert.True(expected.SequenceEqual(actual), $"{viewer.Username}, {name}: {SameView.Difference(expected, actual)}");
                cells += expected.Count(row => row.StartsWith("cell", StringComparison.Ordinal));
                compared++;
            }
        return (compared, cells);
    }
}
