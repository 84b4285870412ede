namespace Hotspots.Client.Access;

/// <summary>
/// Which pages each role can use, so the header offers only those. The server refuses the data anyway:
/// this only keeps people from pages that would show them nothing.
/// </summary>
public static class PageAccess
{
    public sealed record Page(string Href, string Name);

    public static readonly Page Map = new("", "Map"), Plans = new("plans", "Plans"), MyActions = new("actions", "My actions"),
        Visits = new("visits", "Visits"), Import = new("imports", "Import"), Rules = new("access-rules", "Access rules"),
        RecordRequests = new("record-requests", "Record requests"), People = new("people", "People"), Groups = new("groups", "Groups"),
        Audit = new("audit", "Audit"), Reviews = new("reviews", "Due for review"),
        Today = new("today", "Today");

    private static readonly Page[] All = [Map, Plans, MyActions, Visits, Import];

    public static IReadOnlyList<Page> For(string role) => role switch
    {
        "Analyst" => [.. All, RecordRequests, Reviews],
        "Administrator" => [.. All, Groups, People, Rules, Audit],
        "EnforcementOfficer" => [Today, Visits, MyActions, Map],
        "Partner" => [Map, Plans, MyActions],
        "GroupChair" => [Map, Plans, Groups, MyActions, Visits],
        "DataProtectionOfficer" => [Map, RecordRequests, Reviews, Audit],
        _ => [Map],
    };

    /// <summary>Where a role lands after signing in: officers on today's operation, everyone else on the map.</summary>
    public static string Home(string? role) => role == "EnforcementOfficer" ? Today.Href : Map.Href;

    /// <summary>The roles that plan and change visits (the server's VisitRoles).</summary>
    public static bool PlansVisits(string? role) => role is "Analyst" or "EnforcementOfficer" or "GroupChair";
}
