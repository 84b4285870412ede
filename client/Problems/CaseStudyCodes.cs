namespace Hotspots.Client.Problems;

/// <summary>The codes a case study is described and found by, in the order the partnership lists them.</summary>
public static class CaseStudyCodes
{
    public static readonly string[] Sectors = ["NAIL_BAR", "BEAUTY_SALON", "HAND_CAR_WASH", "TAKEAWAY", "MASSAGE_PARLOUR", "FARM", "FOOD_PROCESSING", "CONSTRUCTION", "RECRUITMENT_AGENCY", "HOTEL", "OTHER"];
    public static readonly string[] ExploitationTypes = ["SEXUAL", "LABOUR", "FORCED_BEGGING", "CANNABIS_CULTIVATION", "ORGANISED_THEFT", "BENEFIT_FRAUD",
        "CHILD_SEXUAL_EXPLOITATION", "CHILD_CRIMINAL_EXPLOITATION", "DOMESTIC_SERVITUDE", "FORCED_MARRIAGE", "ORGAN_HARVESTING", "UNKNOWN"];
    public static readonly string[] TriangleSides = ["OFFENDER", "VICTIM", "PLACE"];
    public static readonly string[] Outcomes = ["ELIMINATED", "REDUCED", "HARM_REDUCED", "HANDLED_MORE_EFFICIENTLY", "HANDED_OVER", "NO_CHANGE", "WORSE"];
}
