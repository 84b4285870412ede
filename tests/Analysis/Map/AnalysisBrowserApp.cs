using Hotspots.Tests.Map;

namespace Hotspots.Tests.Analysis.Map;

/// <summary>
/// The browser fixture plus a tight cluster of 40 incidents in one place and 60 spread over the district, so Gi* finds a clear hot
/// spot; both spread over January to June 2025 (the 10th of each month) so emerging hot spots have six monthly steps.
/// </summary>
public sealed class AnalysisBrowserApp : BrowserApp
{
    public const double ClusterEast = 418000, ClusterNorth = 422000;

    protected override async Task InsertMore()
    {
        var random = new Random(7);
        var points = Enumerable.Range(0, 40).Select(_ => (ClusterEast + random.Next(-120, 120), ClusterNorth + random.Next(-120, 120)))
            .Concat(Enumerable.Range(0, 60).Select(_ => (402000.0 + random.Next(0, 25000), 403000.0 + random.Next(0, 24000))));
        var i = 0;
        foreach (var (e, n) in points)
            await Execute("""
                INSERT INTO incidents (location, occurred_from, reported_on, exploitation_type, victim_age_group, source_agency,
                    source_reference, location_precision, sensitivity, lawful_basis, agreement_reference)
                VALUES (ST_SetSRID(ST_MakePoint($1, $2), 27700), $4, '2025-07-03', 'labour', 'adult', 'police',
                    $3, 'exact', 'official', 'consent', 'KMSP-ISA-2023-01')
                """, e, n, $"AN-{++i}", new DateTimeOffset(2025, 1 + i % 6, 10, 10, 0, 0, TimeSpan.Zero));
    }
}
