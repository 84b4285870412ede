namespace Hotspots.Demo;

/// <summary>How many places of one use or sector to make, and where they go.</summary>
internal sealed record Placement(string Kind, int Count, Func<DistrictScatter, GridPoint> Place)
{
    /// <summary>Around the sites of a planted concentration, so places and incidents coincide.</summary>
    public static Placement AtConcentration(string kind, int count, string concentration, double spread, Random rng)
    {
        var sites = Concentration.All.Single(c => c.Name == concentration).Sites;
        return new(kind, count, s =>
        {
            var (e, n) = sites[rng.Next(sites.Length)];
            return s.Around(e, n, spread);
        });
    }

    /// <summary>Around towns by population; a small scale keeps to town centres.</summary>
    public static Placement InTowns(string kind, int count, double scale, Random rng) =>
        new(kind, count, s => s.NearTown(Kirklees.TownByPopulation.Draw(rng), scale));

    public static Placement OnMainRoads(string kind, int count, Random rng) =>
        new(kind, count, s => s.OnMainRoad(Kirklees.TownByPopulation.Draw(rng)));

    public static Placement Rural(string kind, int count) => new(kind, count, s => s.Rural());
}
