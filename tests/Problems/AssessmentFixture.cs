namespace Hotspots.Tests.Problems;

/// <summary>
/// Incidents placed to give the worked WDQ example of the analysis spec (after Bowers &amp; Johnson 2003):
/// R_b 120, Rₐ 80 in the hotspot; D_b 60, Dₐ 55 in its 500 m ring; C_b 400, Cₐ 390 in the rest of the district,
/// over 100 days either side of 2025-06-01. All police OFFICIAL under the sharing agreement, kept 150 m from
/// region edges so that generalised cell centres fall in the same region.
/// </summary>
public sealed class AssessmentFixture : ProblemsFixture
{
    public const string ResponseStart = "2025-06-01";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Place(120, 80, 414150, 414850, 416150, 416850);
        await Place(60, 55, 415150, 415350, 416150, 416850);
        await Place(400, 390, 418000, 426000, 404000, 412000);
    }

    private Task Place(int before, int after, double minX, double maxX, double minY, double maxY) => Execute("""
        INSERT INTO incidents (location, occurred_from, exploitation_type, victim_age_group, source_agency, source_reference,
            location_precision, sensitivity, agreement_reference)
        SELECT ST_SetSRID(ST_MakePoint($3 + random() * ($4 - $3), $5 + random() * ($6 - $5)), 27700),
            CASE WHEN n <= $1 THEN timestamptz '2025-06-01Z' - (1 + n % 99) * interval '1 day'
                 ELSE timestamptz '2025-06-01Z' + (n % 99) * interval '1 day' + interval '1 hour' END,
            'sexual', 'adult', 'police', gen_random_uuid()::text, 'exact', 'official', 'KMSP-ISA-2023-01'
        FROM generate_series(1, $1 + $2) n
        """, before, after, minX, maxX, minY, maxY);
}
