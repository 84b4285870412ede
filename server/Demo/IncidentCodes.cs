namespace Hotspots.Demo;

/// <summary>The database's codes for incident columns; the CSV must use exactly these spellings.</summary>
internal static class IncidentCodes
{
    public static readonly string[] ExploitationTypes =
    [
        "sexual", "labour", "forced_begging", "cannabis_cultivation", "organised_theft", "benefit_fraud",
        "child_sexual_exploitation", "child_criminal_exploitation", "domestic_servitude", "forced_marriage",
        "organ_harvesting", "unknown",
    ];

    public static readonly string[] VictimAgeGroups = ["adult", "child", "unknown"];

    public static readonly string[] SourceAgencies =
        ["police", "council", "housing", "health", "voluntary", "fire", "glaa", "hmrc", "immigration"];

    public static readonly string[] LocationPrecisions = ["exact", "postcode", "street", "area"];

    public static readonly string[] Sensitivities = ["official", "official_sensitive"];

    public static readonly string[] LawfulBases =
        ["s115 Crime and Disorder Act 1998", "DPA 2018 Sch 1 para 18", "consent"];
}
