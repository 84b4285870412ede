namespace Hotspots.Visits;

/// <summary>The usual powers of entry of each agency, noted on the briefing so the team knows who may go in.</summary>
public static class PowersOfEntry
{
    private static readonly Dictionary<string, string> ByAgency = new()
    {
        ["police"] = "PACE 1984 s17 (entry to save life or arrest) and warrants; Modern Slavery Act 2015 s48 for slavery offences",
        ["council"] = "Housing Act 2004 s239 (24 hours' notice); licensing and environmental health inspection powers",
        ["housing"] = "Tenancy inspection by agreement; no statutory power of entry",
        ["fire"] = "Regulatory Reform (Fire Safety) Order 2005 art 27 (inspection of premises)",
        ["glaa"] = "Gangmasters (Licensing) Act 2004 s16-17; PACE powers for labour market enforcement officers",
        ["hmrc"] = "National Minimum Wage Act 1998 s14; Finance Act 2008 Sch 36 inspection",
        ["immigration"] = "Immigration Act 1971 s28CA and s28D warrants",
    };

    public static string For(string agency) => ByAgency.GetValueOrDefault(agency, "None noted: enter only by consent");
}
