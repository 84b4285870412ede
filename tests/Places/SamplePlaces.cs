using Hotspots.Tests.Database;

namespace Hotspots.Tests.Places;

/// <summary>Three wards splitting the fixture's district envelope, and a couple of premises and risk businesses.</summary>
public static class SamplePlaces
{
    public static readonly (string Code, string Name, int West, int East)[] Wards =
    [
        ("E05001390", "Golcar", 401000, 412000),
        ("E05001397", "Newsome", 412000, 420000),
        ("E05001386", "Dewsbury East", 420000, 428000),
    ];

    public static async Task Insert(DatabaseFixture database)
    {
        foreach (var (code, name, west, east) in Wards)
            await database.Execute("""
                INSERT INTO areas (code, name, kind, boundary)
                VALUES ($1, $2, 'ward', ST_Multi(ST_MakeEnvelope($3, 402000, $4, 427500, 27700)))
                ON CONFLICT (kind, code) DO NOTHING
                """, code, name, (double)west, (double)east);
        await database.Execute("""
            INSERT INTO premises (reference, address, postcode, use, location) VALUES
              ('P-1', '12 Market Street, Huddersfield', 'HD1 2EN', 'hmo', ST_SetSRID(ST_MakePoint(416500, 418000), 27700)),
              ('P-2', '3 Mill Lane, Dewsbury', 'WF13 1AA', 'residential', ST_SetSRID(ST_MakePoint(422000, 419000), 27700))
            """);
        await database.Execute("""
            INSERT INTO risk_businesses (reference, name, sector, address, postcode, location) VALUES
              ('B-1', 'Polished Nails', 'nail_bar', '5 King Street, Huddersfield', 'HD1 2QT', ST_SetSRID(ST_MakePoint(412500, 414000), 27700)),
              ('B-2', 'Sparkle Hand Car Wash', 'hand_car_wash', 'Leeds Road, Dewsbury', 'WF12 7AA', ST_SetSRID(ST_MakePoint(426000, 423500), 27700))
            """);
    }
}
