using Hotspots.Tests.Api;

namespace Hotspots.Tests.Visits;

/// <summary>
/// A 1 km hotspot square in Huddersfield with a hand car wash and an HMO beside three recent police labour
/// incidents (graded 1A, shared under the agreement), a nail bar and a house further off, and a house outside.
/// </summary>
public class VisitsFixture : HotspotsApp
{
    public long AreaId { get; private set; }
    public long CarWash { get; private set; }
    public long NailBar { get; private set; }
    public long Hmo { get; private set; }
    public long House { get; private set; }
    public long OutsideHouse { get; private set; }
    public List<long> PoliceIncidents { get; } = [];
    public long CouncilIncident { get; private set; }

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        AreaId = await Scalar<long>("INSERT INTO areas (code, name, kind, boundary) VALUES ('H1', 'Huddersfield centre hotspot', 'hotspot', ST_Multi(ST_MakeEnvelope(414000, 416000, 415000, 417000, 27700))) RETURNING id");
        CarWash = await Business("Sparkle Hand Car Wash", "hand_car_wash", 414520, 416520);
        NailBar = await Business("Diamond Nails", "nail_bar", 414900, 416900);
        Hmo = await Premises("12 Wakefield Road", "hmo", 414500, 416500);
        House = await Premises("3 Chapel Street", "residential", 414100, 416100);
        OutsideHouse = await Premises("9 Far Lane", "residential", 416000, 418000);
        for (var i = 0; i < 3; i++)
            PoliceIncidents.Add(await Incident(414530 + i * 5, 416530, "police", "KMSP-ISA-2023-01", "1A"));
        CouncilIncident = await Incident(414110, 416110, "council", null, "2C");
    }

    private Task<long> Business(string name, string sector, double e, double n) => Scalar<long>(
        "INSERT INTO risk_businesses (name, sector, address, location) VALUES ($1, $2, $1 || ', Huddersfield', ST_SetSRID(ST_MakePoint($3, $4), 27700)) RETURNING id",
        name, sector, e, n);

    private Task<long> Premises(string address, string use, double e, double n) => Scalar<long>(
        "INSERT INTO premises (address, use, location) VALUES ($1, $2, ST_SetSRID(ST_MakePoint($3, $4), 27700)) RETURNING id", address, use, e, n);

    private Task<long> Incident(double e, double n, string agency, string? agreement, string grade) => Scalar<long>("""
        INSERT INTO incidents (location, occurred_from, exploitation_type, victim_age_group, source_agency, source_reference,
            intelligence_grade, location_precision, sensitivity, agreement_reference)
        VALUES (ST_SetSRID(ST_MakePoint($1, $2), 27700), now() - interval '30 days', 'labour', 'adult', $3, gen_random_uuid()::text, $5, 'exact', 'official', $4)
        RETURNING id
        """, e, n, agency, agreement, grade);
}

public sealed class PlansFixture : VisitsFixture;
