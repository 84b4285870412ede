namespace Hotspots.Demo;

/// <summary>Which partner reports an incident, and under which data-sharing agreement.</summary>
internal static class Agencies
{
    private static readonly WeightedChoice<string> General = new(
        ("police", 55), ("council", 12), ("housing", 6), ("health", 7), ("voluntary", 9),
        ("fire", 2), ("glaa", 4), ("hmrc", 2), ("immigration", 3));

    // Labour cases reach the GLAA and HMRC; grows are found by the fire service after electrical fires.
    private static readonly WeightedChoice<string> Labour = new(
        ("police", 48), ("council", 8), ("housing", 4), ("health", 4), ("voluntary", 8),
        ("fire", 1), ("glaa", 18), ("hmrc", 5), ("immigration", 4));

    private static readonly WeightedChoice<string> Cannabis = new(
        ("police", 72), ("council", 6), ("housing", 8), ("health", 1), ("voluntary", 2), ("fire", 9),
        ("immigration", 2));

    public static string Draw(Random rng, string type) => type switch
    {
        "labour" => Labour.Draw(rng),
        "cannabis_cultivation" => Cannabis.Draw(rng),
        _ => General.Draw(rng),
    };

    public static string Prefix(string agency) => agency switch
    {
        "police" => "POL", "council" => "KC", "housing" => "HSG", "health" => "NHS", "voluntary" => "VOL",
        "fire" => "WYFRS", "glaa" => "GLAA", "hmrc" => "HMRC", "immigration" => "HOIE",
        _ => throw new ArgumentOutOfRangeException(nameof(agency), agency, null),
    };

    public static string AgreementReference(string agency) => agency switch
    {
        "police" => "KMSP-ISA-2023-01", "council" => "KMSP-ISA-2023-02", "housing" => "KMSP-ISA-2023-03",
        "health" => "KMSP-ISA-2024-01", "voluntary" => "KMSP-ISA-2024-02", "fire" => "KMSP-ISA-2024-03",
        _ => "KMSP-ISA-2025-01",
    };

    /// <summary>Police and council share under s115; health and charities under safeguarding or consent.</summary>
    public static string LawfulBasis(Random rng, string agency) => agency switch
    {
        "health" => rng.NextDouble() < 0.8 ? "DPA 2018 Sch 1 para 18" : "consent",
        "voluntary" => rng.NextDouble() < 0.6 ? "consent" : "DPA 2018 Sch 1 para 18",
        "housing" => rng.NextDouble() < 0.3 ? "DPA 2018 Sch 1 para 18" : "s115 Crime and Disorder Act 1998",
        _ => "s115 Crime and Disorder Act 1998",
    };
}
