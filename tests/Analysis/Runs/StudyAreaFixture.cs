using Hotspots.Tests.Api;

namespace Hotspots.Tests.Analysis.Runs;

/// <summary>
/// A district that is a 10 km square (410000–420000, 410000–420000) with a tight cluster of 60 police incidents at its
/// centre over 200 scattered inside it, and 40 incidents outside it to the east that no district run may use.
/// </summary>
public sealed class StudyAreaFixture : HotspotsApp
{
    public const int Inside = 260, Outside = 40;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await Execute("UPDATE areas SET boundary = ST_Multi(ST_MakeEnvelope(410000, 410000, 420000, 420000, 27700)) WHERE kind = 'district'");
        var random = new Random(11);
        var points = new List<(double X, double Y)>();
        for (var i = 0; i < 60; i++) points.Add((414500 + random.NextDouble() * 150, 414500 + random.NextDouble() * 150));
        for (var i = 0; i < 200; i++) points.Add((410100 + random.NextDouble() * 9800, 410100 + random.NextDouble() * 9800));
        for (var i = 0; i < Outside; i++) points.Add((421000 + random.NextDouble() * 3000, 410100 + random.NextDouble() * 9800));
        await Execute("""
            INSERT INTO incidents (location, occurred_from, exploitation_type, victim_age_group, source_agency, source_reference,
                location_precision, sensitivity, agreement_reference)
            SELECT ST_SetSRID(ST_MakePoint(x, y), 27700), '2025-03-01Z', 'sexual', 'adult', 'police', 'S-' || n, 'exact', 'official', 'KMSP-ISA-2023-01'
            FROM unnest($1::float8[], $2::float8[]) WITH ORDINALITY AS t(x, y, n)
            """, points.Select(p => p.X).ToArray(), points.Select(p => p.Y).ToArray());
    }
}
