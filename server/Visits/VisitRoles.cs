using Hotspots.Access;

namespace Hotspots.Visits;

/// <summary>Who may plan operations: those who coordinate enforcement and engagement work.</summary>
public static class VisitRoles
{
    public static bool Plans(Viewer viewer) => viewer.Role is Role.Analyst or Role.EnforcementOfficer or Role.GroupChair;

    public static void RequirePlanner(Viewer viewer)
    {
        if (!Plans(viewer)) throw new VisitRefused("Visit planning is for analysts, enforcement officers and group chairs.");
    }
}
