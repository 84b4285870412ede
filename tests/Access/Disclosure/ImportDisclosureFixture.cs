using Hotspots.Tests.Api;

namespace Hotspots.Tests.Access.Disclosure;

/// <summary>
/// For the import attacks: labour exploitation reported in early June 2025 by several agencies, several records to a 100 m cell: police
/// OFFICIAL-SENSITIVE (four in one cell), health OFFICIAL-SENSITIVE (three in another), police OFFICIAL under the
/// agreement council shares in (three more), and council's own; a ward an administrator loaded round all of them.
/// </summary>
public sealed class ImportDisclosureFixture : HotspotsApp
{
    public static readonly (double E, double N)[] PoliceSensitive = [(414510, 416510), (414530, 416530), (414550, 416520), (414570, 416560)];
    public static readonly (double E, double N)[] HealthSensitive = [(416210, 418210), (416240, 418220), (416260, 418250)];
    public static readonly (double E, double N)[] PoliceShared = [(412510, 414510), (412540, 414520), (412560, 414550)];
    public static readonly (double E, double N)[] CouncilOwn = [(413010, 415010), (413040, 415030)];

    public long WardId { get; private set; }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        foreach (var (spot, n) in PoliceSensitive.Select((s, n) => (s, n))) await Insert(spot, n, "police", "official_sensitive", $"PS-{n}");
        foreach (var (spot, n) in HealthSensitive.Select((s, n) => (s, n))) await Insert(spot, n, "health", "official_sensitive", $"HS-{n}");
        foreach (var (spot, n) in PoliceShared.Select((s, n) => (s, n))) await Insert(spot, n, "police", "official", $"PO-{n}");
        foreach (var (spot, n) in CouncilOwn.Select((s, n) => (s, n))) await Insert(spot, n, "council", "official", $"CO-{n}");
        WardId = await Scalar<long>("""
            INSERT INTO areas (code, name, kind, boundary) VALUES ('E05011111', 'Dalton', 'ward', ST_Multi(ST_MakeEnvelope(411000, 413000, 418000, 420000, 27700)))
            RETURNING id
            """);
    }

    private Task<long> Insert((double E, double N) spot, int day, string agency, string sensitivity, string reference) => Scalar<long>("""
        INSERT INTO incidents (location, occurred_from, exploitation_type, victim_age_group, source_agency, source_reference,
            location_precision, sensitivity, agreement_reference)
        VALUES (ST_SetSRID(ST_MakePoint($1, $2), 27700), '2025-06-01Z'::timestamptz + $3 * interval '1 day', 'labour', 'adult', $4, $5,
            'exact', $6, 'KMSP-ISA-2023-01')
        RETURNING id
        """, spot.E, spot.N, day % 3, agency, reference, sensitivity);
}
