namespace Hotspots.Demo;

/// <summary>One row of premises.csv: an address partners may visit.</summary>
internal sealed record DemoPremises(string Reference, string Address, string Postcode, string Use, GridPoint Location)
{
    public static readonly string[] Uses = ["residential", "hmo", "commercial", "agricultural", "other"];

    public static IEnumerable<DemoPremises> Generate(int seed)
    {
        var rng = new Random(seed);
        var scatter = new DistrictScatter(rng);
        Placement[] plan =
        [
            Placement.AtConcentration("residential", 12, "Batley and Heckmondwike residential cannabis grows", 120, rng),
            Placement.InTowns("residential", 218, 1.0, rng),
            Placement.AtConcentration("hmo", 6, "Dewsbury and Batley hand car washes", 250, rng),
            Placement.AtConcentration("hmo", 3, "Huddersfield centre nail bars and massage", 200, rng),
            Placement.InTowns("hmo", 81, 0.6, rng),
            Placement.InTowns("commercial", 110, 0.3, rng),
            Placement.AtConcentration("agricultural", 6, "Holme and Colne Valley farms", 200, rng),
            Placement.Rural("agricultural", 39),
            Placement.InTowns("other", 25, 1.0, rng),
        ];
        var number = 0;
        foreach (var rule in plan)
        {
            for (var i = 0; i < rule.Count; i++)
            {
                var location = rule.Place(scatter);
                var (address, postcode) = Addresses.For(rng, location);
                yield return new($"PRM-{++number:D5}", address, postcode, rule.Kind, location);
            }
        }
    }

    public static int Write(string path, IEnumerable<DemoPremises> premises)
    {
        using var csv = DemoCsv.Create(path, "reference", "address", "postcode", "use", "easting", "northing");
        foreach (var p in premises)
        {
            csv.WriteRow(p.Reference, p.Address, p.Postcode, p.Use,
                DemoCsv.Metres(p.Location.Easting), DemoCsv.Metres(p.Location.Northing));
        }
        return csv.Rows;
    }
}
