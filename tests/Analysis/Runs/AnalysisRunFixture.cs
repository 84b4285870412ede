using Hotspots.Tests.Api;

namespace Hotspots.Tests.Analysis.Runs;

/// <summary>A tight cluster of 60 incidents in Huddersfield centre over 240 scattered across the district, all police OFFICIAL.</summary>
public sealed class AnalysisRunFixture : HotspotsApp
{
    public List<(double X, double Y)> Points { get; } = [];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var random = new Random(7);
        for (var i = 0; i < 60; i++) Points.Add((414500 + random.NextDouble() * 150, 416500 + random.NextDouble() * 150));
        for (var i = 0; i < 240; i++) Points.Add((405000 + random.NextDouble() * 20000, 405000 + random.NextDouble() * 20000));
        await Execute("""
            INSERT INTO incidents (location, occurred_from, exploitation_type, victim_age_group, source_agency, source_reference,
                location_precision, sensitivity, agreement_reference)
            SELECT ST_SetSRID(ST_MakePoint(x, y), 27700), '2025-03-01Z', 'sexual', 'adult', 'police', 'A-' || n, 'exact', 'official', 'KMSP-ISA-2023-01'
            FROM unnest($1::float8[], $2::float8[]) WITH ORDINALITY AS t(x, y, n)
            """, Points.Select(p => p.X).ToArray(), Points.Select(p => p.Y).ToArray());
    }
}
