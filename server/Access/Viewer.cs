using System.Security.Claims;

namespace Hotspots.Access;

public enum Role { Analyst, Partner, EnforcementOfficer, GroupChair, Administrator, DataProtectionOfficer }

/// <summary>Who is asking: every query and change is decided on this, in the server.</summary>
public sealed record Viewer(string Username, Role Role, string Agency)
{
    public const string RoleClaim = "hotspots_role";
    public const string AgencyClaim = "hotspots_agency";

    /// <summary>The server itself (start-up, sweeps, a check before anyone is signed in): no role's rights and no agency.</summary>
    public static readonly Viewer NoOne = new("", Role.Partner, "");

    public static Viewer? From(ClaimsPrincipal principal)
    {
        var name = principal.FindFirstValue(ClaimTypes.NameIdentifier) ?? principal.FindFirstValue("sub");
        var role = principal.FindFirstValue(RoleClaim);
        var agency = principal.FindFirstValue(AgencyClaim);
        return name is null || agency is null || ParseRole(role) is not { } parsed ? null : new Viewer(name, parsed, agency);
    }

    /// <summary>A role as we write it (GroupChair) or as a provider or the database does (group_chair); null when it is none of ours.</summary>
    public static Role? ParseRole(string? role) =>
        role is { Length: > 0 } && char.IsLetter(role[0]) && Enum.TryParse<Role>(role.Replace("_", ""), ignoreCase: true, out var parsed) ? parsed : null;
}
