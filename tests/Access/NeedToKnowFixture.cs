using Hotspots.Tests.Api;

namespace Hotspots.Tests.Access;

/// <summary>
/// Records whose visibility differs by role and agency: police OFFICIAL under the agreement (police and council
/// analysts see it in full), health OFFICIAL-SENSITIVE (only health sees it; others a signpost), and a cluster of
/// twelve council records in one 100 m cell plus a lone one in another, for counting.
/// </summary>
public sealed class NeedToKnowFixture : HotspotsApp
{
    public long PoliceRecord { get; private set; }
    public long HealthSensitiveRecord { get; private set; }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        PoliceRecord = await Insert(414512, 416534, "police", "official", "KMSP-ISA-2023-01");
        HealthSensitiveRecord = await Insert(414620, 416580, "health", "official_sensitive", "KMSP-ISA-2023-01");
        for (var i = 0; i < 12; i++) await Insert(420010 + i * 7, 420020 + i * 5, "council", "official", null);
        await Insert(421234, 421987, "council", "official", null);
    }

    private Task<long> Insert(double e, double n, string agency, string sensitivity, string? agreement) => Scalar<long>("""
        INSERT INTO incidents (location, occurred_from, exploitation_type, victim_age_group, source_agency, source_reference,
            location_precision, sensitivity, agreement_reference)
        VALUES (ST_SetSRID(ST_MakePoint($1, $2), 27700), '2025-06-01Z', 'labour', 'adult', $3, gen_random_uuid()::text, 'exact', $4, $5)
        RETURNING id
        """, e, n, agency, sensitivity, agreement);
}
