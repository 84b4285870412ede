using Hotspots.Tests.Api;

namespace Hotspots.Tests.Access.Disclosure;

/// <summary>
/// A realistic target for attacks: 60 cells of 100 m, 200 m apart, holding 1–12 records each (six cells of each of 1, 2, 3,
/// 4, 5, 6, 7, 8, 9 and 12), from police, council, housing and the voluntary sector, mostly labour with some sexual
/// exploitation, spread over January to June 2025 on different days. Partners (health, housing) may only count all of
/// them. Every record has a random key, as the server gives it, so shown counts are perturbed as in production.
/// </summary>
public class DisclosureFixture : HotspotsApp
{
    public const int Cells = 60;
    public static readonly int[] Sizes = [1, 2, 3, 4, 5, 6, 7, 8, 9, 12];

    /// <summary>The centre of cell k (British National Grid).</summary>
    public static (double X, double Y) Centre(int k) => (414050 + 200 * (k % 10), 416050 + 200 * (k / 10));

    public static int Size(int k) => Sizes[k % Sizes.Length];

    /// <summary>Record j of a cell is sexual exploitation when j % 3 == 2, else labour.</summary>
    public static int Sexual(int k) => Enumerable.Range(0, Size(k)).Count(j => j % 3 == 2);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Execute("""
            INSERT INTO incidents (location, occurred_from, exploitation_type, victim_age_group, source_agency, source_reference,
                location_precision, sensitivity, record_key)
            SELECT ST_SetSRID(ST_MakePoint(414000 + 200 * (k % 10) + 5 + (j * 37) % 90, 416000 + 200 * (k / 10) + 5 + (j * 53) % 90), 27700),
                timestamptz '2025-01-01Z' + make_interval(months => (k + j) % 6, days => 2 + (j * 7) % 25, hours => j % 24),
                CASE WHEN j % 3 = 2 THEN 'sexual' ELSE 'labour' END, CASE WHEN j % 4 = 0 THEN 'child' ELSE 'adult' END,
                (ARRAY['police', 'council', 'housing', 'voluntary'])[(k + j) % 4 + 1], 'DC-' || k || '-' || j, 'exact', 'official',
                floor(random() * 256)
            FROM generate_series(0, 59) k, generate_series(0, 11) j
            WHERE j < ($1::int[])[k % 10 + 1]
            """, Sizes);
    }
}
