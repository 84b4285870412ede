using Hotspots.Tests.Database;

namespace Hotspots.Tests.Api;

/// <summary>A handful of incidents with known places, times and kinds, so filters can be checked by count.</summary>
public static class SampleIncidents
{
    // Huddersfield centre ~ (414500, 416500); Dewsbury ~ (424500, 421500).
    public static readonly (double E, double N, string When, string Type, string Age, string Agency)[] Rows =
    [
        (414500, 416500, "2025-01-10T10:00:00Z", "sexual", "adult", "police"),
        (414550, 416480, "2025-02-10T10:00:00Z", "sexual", "adult", "health"),
        (414600, 416600, "2025-03-10T10:00:00Z", "labour", "adult", "council"),
        (424500, 421500, "2025-04-10T10:00:00Z", "child_criminal_exploitation", "child", "police"),
        (424520, 421530, "2025-05-10T10:00:00Z", "child_criminal_exploitation", "child", "police"),
        (424480, 421490, "2026-01-10T10:00:00Z", "cannabis_cultivation", "unknown", "housing"),
    ];

    public static async Task Insert(DatabaseFixture database)
    {
        var i = 0;
        foreach (var (e, n, when, type, age, agency) in Rows)
            await database.Execute("""
                INSERT INTO incidents (location, occurred_from, reported_on, exploitation_type, victim_age_group, source_agency,
                    source_reference, location_precision, sensitivity, lawful_basis, agreement_reference)
                VALUES (ST_SetSRID(ST_MakePoint($1, $2), 27700), $3::timestamptz, $3::date + 3, $4, $5, $6, $7, 'exact', 'official', 'consent', 'KMSP-ISA-2023-01')
                """, e, n, when, type, age, agency, $"REF-{++i}");
    }
}
