using System.Text;
using Hotspots.Access;
using Hotspots.Areas;
using Hotspots.Database;
using Hotspots.Imports;
using Hotspots.Incidents;
using Hotspots.Tests.Database;

namespace Hotspots.Tests.Incidents;

/// <summary>
/// A first load into an empty table sets the per-statement counting aside and counts every cell once at its end
/// (migration 0038). What comes after it, a second agency's import and records inserted one statement at a time (as the
/// board's fixture does), must be counted for every viewer exactly as the rule counts them record by record.
/// Police load 400 records (several to a cell, three types and age groups, December 2019 to March 2020); council then
/// import 300 under an agreement, some OFFICIAL-SENSITIVE; then police add fourteen in one cell of January 2020
/// (twelve adult labour, two child criminal exploitation) and housing a few with random record keys.
/// </summary>
public sealed class ClassCellsAfterLoadTests(DatabaseFixture database) : IClassFixture<DatabaseFixture>
{
    private static readonly string[] Types = ["labour", "sexual", "cannabis_cultivation"];
    private static readonly string[] Ages = ["adult", "child", "unknown"];

    private static readonly IncidentFilter January = new(From: DateTimeOffset.Parse("2020-01-01Z"), To: DateTimeOffset.Parse("2020-02-01Z"));

    private static IEnumerable<(string Name, IncidentFilter Filter, ViewGrain Grain)> Filters =>
    [
        ("district", new IncidentFilter(), ViewGrain.Period),
        ("January 2020, labour (the board's figure)", January with { ExploitationTypes = [ExploitationType.Labour] }, ViewGrain.Period),
        ("January 2020, adults", January with { VictimAgeGroups = [VictimAgeGroup.Adult] }, ViewGrain.Period),
        ("by month", new IncidentFilter(), ViewGrain.Month),
        ("map window", new IncidentFilter(BoundingBox: new BoundingBox(412000, 415000, 413500, 416200, CoordinateSystem.BritishNationalGrid)), ViewGrain.Period),
    ];

    [Fact]
    public async Task Records_added_after_a_first_load_are_counted_for_every_viewer_as_the_rule_counts_them()
    {
        Assert.Equal(0, await database.Scalar<long>("SELECT count(*) FROM incidents"));
        var police = await Imports.Imports.Text(database, ImportKind.Incidents, Csv("P", 400, seed: 7), o => o with { Agency = "police" });
        Assert.Equal(400, police.Imported);
        Assert.Contains("class cells counted", police.Timings); // the set-aside path ran
        await CompareAll();

        var council = await Imports.Imports.Text(database, ImportKind.Incidents, Csv("C", 300, seed: 11),
            o => o with { Agency = "council", Sensitivity = "official_sensitive", AgreementReference = "KMSP-ISA-2023-01" });
        Assert.Equal(300, council.Imported);
        Assert.DoesNotContain("class cells counted", council.Timings); // counted statement by statement
        await database.Execute("""
            INSERT INTO incidents (source_agency, source_reference, occurred_from, location, exploitation_type, victim_age_group, location_precision, sensitivity)
            SELECT 'police', 'BP-' || g, timestamptz '2020-01-10 12:00Z', ST_SetSRID(ST_MakePoint(414500, 416500), 27700),
                CASE WHEN g <= 12 THEN 'labour' ELSE 'child_criminal_exploitation' END, CASE WHEN g <= 12 THEN 'adult' ELSE 'child' END, 'exact', 'official'
            FROM generate_series(1, 14) g
            """);
        for (var n = 0; n < 6; n++)
            await database.Execute("""
                INSERT INTO incidents (source_agency, source_reference, occurred_from, location, exploitation_type, victim_age_group,
                    location_precision, sensitivity, agreement_reference, record_key)
                VALUES ('housing', $1, timestamptz '2020-01-05Z' + $2 * interval '3 days', ST_SetSRID(ST_MakePoint(412150 + $2 * 10, 415150), 27700),
                    'labour', 'adult', 'exact', 'official', 'KMSP-ISA-2023-01', $3)
                """, $"H-{n}", n, (short)(n * 41 % 256));
        await CompareAll();

        // The board's figure for a partner: the fourteen police records' cell, January 2020, labour: twelve shown.
        var board = await SameView.Rows(database, sql => IncidentView.Of(sql, new Viewer("partner.housing", Role.Partner, "housing"),
            January with { ExploitationTypes = [ExploitationType.Labour], BoundingBox = new BoundingBox(414400, 416400, 414600, 416600, CoordinateSystem.BritishNationalGrid) }));
        Assert.Equal(["cell414550.000|416550.000|12|official|100"], board);
    }

    /// <summary>Rows in a 1.5 km square of cells 100 m wide (so cells hold several), over four months about January 2020.</summary>
    private static string Csv(string prefix, int rows, int seed)
    {
        var random = new Random(seed);
        var csv = new StringBuilder("date,type,age,easting,northing,ref\n");
        for (var n = 0; n < rows; n++)
            csv.Append($"{new DateOnly(2019, 12, 1).AddDays(random.Next(120)):yyyy-MM-dd},{Types[random.Next(3)]},{Ages[random.Next(3)]},")
                .Append($"{412000 + random.Next(1500)},{415000 + random.Next(1200)},{prefix}-{n}\n");
        return csv.ToString();
    }

    private async Task CompareAll()
    {
        foreach (var viewer in ClassCellsTests.Viewers)
            foreach (var (name, filter, grain) in Filters)
            {
                var expected = await SameView.Rows(database, sql => RuleByRecord.Of(sql, viewer, filter, grain));
                var actual = await SameView.Rows(database, sql => IncidentView.Of(sql, viewer, filter, grain));
                Assert.True(expected.SequenceEqual(actual), $"{viewer.Username}, {name}: {SameView.Difference(expected, actual)}");
            }
    }
}
