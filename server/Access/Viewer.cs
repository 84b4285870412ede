using System.Security.Claims;

namespace Hotspots.Access;

public enum Role { Analyst, Partner, EnforcementOfficer, GroupChair, Administrator, DataProtectionOfficer }

/// <summary>Who is asking: every query and change is decided on this, in the server.</summary>
public sealed record Viewer(string Username, Role Role, string Agency)
{
    public const string RoleClaim = "hotspots_role";
    public const string AgencyClaim = "hotspots_agency";

    public static Viewer? From(ClaimsPrincipal principal)
    {
        var name = principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? principal.FindFirstValue("sub");
        var role = principal.FindFirstValue(RoleClaim);
        var agency = principal.FindFirstValue(AgencyClaim);
        return name is null || role is null || agency is null || !Enum.TryParse<Role>(role, true, out var parsed)
            ? null
            : new Viewer(name, parsed, agency);
    }
}
