namespace Hotspots.Demo;

/// <summary>One row of risk-businesses.csv: a business of a kind where exploitation is often found.</summary>
internal sealed record RiskBusiness(string Reference, string Name, string Sector, string Address, string Postcode, GridPoint Location)
{
    public static readonly string[] Sectors =
    [
        "nail_bar", "beauty_salon", "hand_car_wash", "takeaway", "massage_parlour", "farm",
        "food_processing", "construction", "recruitment_agency", "hotel", "other",
    ];

    public static IEnumerable<RiskBusiness> Generate(int seed)
    {
        var rng = new Random(seed);
        var scatter = new DistrictScatter(rng);
        var number = 0;
        foreach (var rule in Plan(rng))
        {
            for (var i = 0; i < rule.Count; i++)
            {
                var location = rule.Place(scatter);
                var name = BusinessNames.Draw(rng, rule.Kind);
                var (address, postcode) = Addresses.For(rng, location, rule.Kind == "farm" ? name : null);
                yield return new($"RB-{++number:D4}", name, rule.Kind, address, postcode, location);
            }
        }
    }

    private static Placement[] Plan(Random rng) =>
    [
        Placement.AtConcentration("nail_bar", 6, "Huddersfield centre nail bars and massage", 60, rng),
        Placement.InTowns("nail_bar", 34, 0.25, rng),
        Placement.InTowns("beauty_salon", 30, 0.3, rng),
        Placement.AtConcentration("massage_parlour", 5, "Huddersfield centre nail bars and massage", 60, rng),
        Placement.InTowns("massage_parlour", 7, 0.3, rng),
        Placement.AtConcentration("hand_car_wash", 3, "Dewsbury and Batley hand car washes", 20, rng),
        Placement.OnMainRoads("hand_car_wash", 22, rng),
        Placement.InTowns("takeaway", 60, 0.4, rng),
        Placement.AtConcentration("farm", 6, "Holme and Colne Valley farms", 150, rng),
        Placement.Rural("farm", 39),
        Placement.InTowns("food_processing", 15, 0.9, rng),
        Placement.InTowns("construction", 20, 1.0, rng),
        Placement.InTowns("recruitment_agency", 15, 0.3, rng),
        Placement.InTowns("hotel", 12, 0.4, rng),
        Placement.Rural("hotel", 3),
        Placement.InTowns("other", 23, 1.0, rng),
    ];
}
