namespace Hotspots.Demo;

/// <summary>Draws the descriptive columns of an incident, mostly conditioned on its type.</summary>
internal static class IncidentAttributes
{
    public static readonly WeightedChoice<string> BackgroundType = new(
        ("sexual", 13), ("labour", 17), ("forced_begging", 4), ("cannabis_cultivation", 9),
        ("organised_theft", 8), ("benefit_fraud", 6), ("child_sexual_exploitation", 8),
        ("child_criminal_exploitation", 9), ("domestic_servitude", 5), ("forced_marriage", 3),
        ("organ_harvesting", 0.05), ("unknown", 8));

    private static readonly WeightedChoice<string> Precision = new(("exact", 74), ("postcode", 12), ("street", 9), ("area", 5));
    private static readonly WeightedChoice<char> SourceGrade = new(('1', 15), ('2', 55), ('3', 30));
    private static readonly WeightedChoice<char> IntelligenceGrade = new(('A', 10), ('B', 30), ('C', 35), ('D', 15), ('E', 10));

    public static string AgeGroup(Random rng, string type)
    {
        var (child, adult) = type switch
        {
            "child_sexual_exploitation" => (0.92, 0.0),
            "child_criminal_exploitation" => (0.82, 0.12),
            "forced_marriage" => (0.30, 0.60),
            "forced_begging" => (0.25, 0.65),
            _ => (0.04, 0.86),
        };
        var u = rng.NextDouble();
        return u < child ? "child" : u < child + adult ? "adult" : "unknown";
    }

    public static string Grade(Random rng) =>
        rng.NextDouble() < 0.22 ? "" : $"{SourceGrade.Draw(rng)}{IntelligenceGrade.Draw(rng)}";

    public static string LocationPrecision(Random rng) => Precision.Draw(rng);

    public static string Sensitivity(Random rng, string victimAgeGroup) =>
        rng.NextDouble() < (victimAgeGroup == "child" ? 0.35 : 0.12) ? "official_sensitive" : "official";

    /// <summary>Hour of day: sexual exploitation is reported in the evening, labour in the working day.</summary>
    public static int Hour(Random rng, string type) => type switch
    {
        "sexual" or "child_sexual_exploitation" => (18 + rng.Next(9)) % 24,
        "labour" or "domestic_servitude" or "forced_begging" => 6 + rng.Next(12),
        _ => rng.Next(24),
    };

    /// <summary>Most incidents are a moment; servitude, labour and grows are found after weeks of it.</summary>
    public static TimeSpan? Duration(Random rng, string type) => type switch
    {
        "labour" or "domestic_servitude" or "cannabis_cultivation" when rng.NextDouble() < 0.6
            => TimeSpan.FromDays(1 + rng.Next(45)),
        _ when rng.NextDouble() < 0.15 => TimeSpan.FromMinutes(30 * (1 + rng.Next(16))),
        _ => null,
    };
}
