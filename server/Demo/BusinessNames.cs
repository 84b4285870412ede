namespace Hotspots.Demo;

/// <summary>Invented trading names; any likeness to a real business is chance.</summary>
internal static class BusinessNames
{
    private static readonly string[] Brand =
    [
        "Golden", "Star", "Royal", "Crystal", "Diamond", "Elite", "Luxe", "Perfect", "Classic", "Sparkle",
        "Premier", "City", "Express", "Lotus", "Orchid", "Sunrise", "Pennine", "Valley", "Northern", "Kingsway",
    ];

    private static readonly string[] Farmstead =
    [
        "Moorside", "Hill Top", "Intake", "Broad Oak", "Ash Grove", "Springfield", "Lane Head", "Cliff End",
        "Hollin Hall", "Brow", "Lower Green", "Upper House", "Nab End", "Scar Top", "Fold",
    ];

    public static string Draw(Random rng, string sector)
    {
        var brand = Brand[rng.Next(Brand.Length)];
        return sector switch
        {
            "nail_bar" => $"{brand} Nails",
            "beauty_salon" => $"{brand} Beauty",
            "hand_car_wash" => $"{brand} Hand Car Wash",
            "takeaway" => $"{brand} {(rng.Next(3) switch { 0 => "Pizza", 1 => "Kebab House", _ => "Fish Bar" })}",
            "massage_parlour" => $"{brand} Massage",
            "farm" => $"{Farmstead[rng.Next(Farmstead.Length)]} Farm",
            "food_processing" => $"{brand} Foods Ltd",
            "construction" => $"{brand} Building Services",
            "recruitment_agency" => $"{brand} Recruitment",
            "hotel" => $"The {brand} Hotel",
            _ => $"{brand} Trading Ltd",
        };
    }
}
