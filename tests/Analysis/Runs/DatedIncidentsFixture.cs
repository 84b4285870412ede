using Hotspots.Tests.Api;

namespace Hotspots.Tests.Analysis.Runs;

/// <summary>
/// Police OFFICIAL incidents on the 10th of each month: 40 a month scattered over the district from January 2024 to
/// March 2025, and a Huddersfield-centre cluster that grows from 3 incidents in January 2024 to 14 in December, then 15 a month.
/// </summary>
public sealed class DatedIncidentsFixture : HotspotsApp
{
    public const double ClusterX = 414500, ClusterY = 416500, ClusterSide = 150;
    public List<(double X, double Y, DateOnly Date)> Incidents { get; } = [];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var random = new Random(11);
        for (var month = 0; month < 15; month++)
        {
            var date = new DateOnly(2024, 1, 10).AddMonths(month);
            for (var i = 0; i < 40; i++) Incidents.Add((405000 + random.NextDouble() * 20000, 405000 + random.NextDouble() * 20000, date));
            for (var i = 0; i < Math.Min(3 + month, 15); i++)
                Incidents.Add((ClusterX + random.NextDouble() * ClusterSide, ClusterY + random.NextDouble() * ClusterSide, date));
        }
        await Execute("""
            INSERT INTO incidents (location, occurred_from, exploitation_type, victim_age_group, source_agency, source_reference,
                location_precision, sensitivity, agreement_reference)
            SELECT ST_SetSRID(ST_MakePoint(x, y), 27700), d::timestamp AT TIME ZONE 'UTC', 'labour', 'adult', 'police', 'D-' || n, 'exact', 'official', 'KMSP-ISA-2023-01'
            FROM unnest($1::float8[], $2::float8[], $3::date[]) WITH ORDINALITY AS t(x, y, d, n)
            """, Incidents.Select(p => p.X).ToArray(), Incidents.Select(p => p.Y).ToArray(), Incidents.Select(p => p.Date).ToArray());
    }

    public IEnumerable<(double X, double Y, DateOnly Date)> Before2025 => Incidents.Where(p => p.Date.Year == 2024);
    public IEnumerable<(double X, double Y, DateOnly Date)> In2025 => Incidents.Where(p => p.Date.Year == 2025);
}
