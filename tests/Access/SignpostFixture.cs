using Hotspots.Tests.Api;

namespace Hotspots.Tests.Access;

/// <summary>
/// Three police OFFICIAL-SENSITIVE records in one ward (one to grant, one to refuse, one left alone), a council record there,
/// and a small drawn area round the first record, which signposts must refuse.
/// </summary>
public sealed class SignpostFixture : HotspotsApp
{
    public long ToGrant { get; private set; }
    public long ToRefuse { get; private set; }
    public long LeftAlone { get; private set; }
    public long CouncilRecord { get; private set; }
    public long WardId { get; private set; }
    public long DrawnAreaId { get; private set; }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        ToGrant = await Insert(414512, 416534, "police", "official_sensitive");
        ToRefuse = await Insert(414620, 416580, "police", "official_sensitive");
        LeftAlone = await Insert(414700, 416700, "police", "official_sensitive");
        CouncilRecord = await Insert(414800, 416800, "council", "official");
        WardId = await Scalar<long>("INSERT INTO areas (code, name, kind, boundary) VALUES ('SW1', 'Signpost ward', 'ward', ST_Multi(ST_MakeEnvelope(414000, 416000, 415000, 417000, 27700))) RETURNING id");
        DrawnAreaId = await Scalar<long>("INSERT INTO areas (code, name, kind, boundary) VALUES ('SC1', 'Round one record', 'custom', ST_Multi(ST_MakeEnvelope(414500, 416500, 414550, 416550, 27700))) RETURNING id");
    }

    private Task<long> Insert(double e, double n, string agency, string sensitivity) => Scalar<long>("""
        INSERT INTO incidents (location, occurred_from, exploitation_type, victim_age_group, source_agency, source_reference,
            location_precision, sensitivity, agreement_reference)
        VALUES (ST_SetSRID(ST_MakePoint($1, $2), 27700), '2025-06-01Z', 'labour', 'child', $3, 'REF-' || gen_random_uuid(), 'exact', $4, 'KMSP-ISA-2023-01')
        RETURNING id
        """, e, n, agency, sensitivity);
}
