using Hotspots.Client.Workspace;

namespace Hotspots.Client.Visits;

/// <summary>The choices on the outcome form, as the schema names them.</summary>
public static class OutcomeChoices
{
    public static readonly string[] Indicators =
    [
        "PHYSICAL_APPEARANCE", "ISOLATION_AND_CONTROL", "LIVING_CONDITIONS", "DOCUMENTS_AND_MONEY", "MOVEMENT", "BEHAVIOUR",
        "NO_CONTRACT", "NO_TAX_OR_NI", "NO_PPE", "FALSE_HOURS", "ILLEGAL_WORKING",
    ];

    public static readonly string[] AgeGroups = ["ADULT", "CHILD", "UNKNOWN"];

    public static readonly string[] Referrals = ["NRM", "DUTY_TO_NOTIFY", "ADULT_SAFEGUARDING", "CHILD_SAFEGUARDING", "HOUSING", "GLAA", "HMRC"];

    public static readonly string[] Notices = ["HSE", "FIRE", "HOUSING"];

    public static readonly string[] ConsentPurposes = ["NRM_REFERRAL", "INFORMATION_SHARING", "SUPPORT_SERVICES"];

    public static string ReferralName(string kind) => kind switch
    {
        "NRM" => "NRM", "DUTY_TO_NOTIFY" => "Duty to Notify", "GLAA" => "GLAA", "HMRC" => "HMRC", _ => Labels.Of(kind),
    };

    /// <summary>Referrals someone must chase: the NRM's decisions, and the Home Office's answer to a Duty to Notify.</summary>
    public static bool FollowedUp(string kind) => kind is "NRM" or "DUTY_TO_NOTIFY";

    public static string ConsentName(string purpose) => purpose == "NRM_REFERRAL" ? "NRM referral" : Labels.Of(purpose);

    public static string NoticeName(string notice) => notice switch
    {
        "HSE" => "HSE (health and safety)", "FIRE" => "Fire safety", _ => "Housing",
    };
}
