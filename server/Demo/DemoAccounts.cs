using Hotspots.Access;

namespace Hotspots.Demo;

/// <summary>One account per role, across agencies; all share the demo password the README gives.</summary>
public static class DemoAccounts
{
    public const string Password = "demo-hotspots";

    public static readonly (string Username, string DisplayName, Role Role, string Agency)[] All =
    [
        ("analyst.police", "Priya Shah (police analyst)", Role.Analyst, "police"),
        ("analyst.council", "Tom Hughes (council analyst)", Role.Analyst, "council"),
        ("partner.health", "Dr Anna Kowalski (health)", Role.Partner, "health"),
        ("partner.housing", "Lee Barker (housing)", Role.Partner, "housing"),
        ("partner.voluntary", "Grace Okafor (voluntary sector)", Role.Partner, "voluntary"),
        ("enforcement.council", "Sam Ward (council licensing)", Role.EnforcementOfficer, "council"),
        ("enforcement.glaa", "Jo Patel (GLAA)", Role.EnforcementOfficer, "glaa"),
        ("chair.council", "Helen Firth (Safer Kirklees, chair)", Role.GroupChair, "council"),
        ("admin.council", "Ian Moss (administrator)", Role.Administrator, "council"),
        ("dpo.police", "Ruth Adebayo (police data-protection officer)", Role.DataProtectionOfficer, "police"),
    ];

    public static async Task Seed(Accounts accounts, CancellationToken cancel)
    {
        foreach (var (username, name, role, agency) in All)
            await accounts.Create(username, name, role, agency, Password, cancel);
    }
}
