using Hotspots.Database;
using System.Security.Claims;

namespace Hotspots.Access;

/// <summary>Someone the provider vouches for, as the partnership's configuration reads them.</summary>
public sealed record ProviderPerson(string Username, string DisplayName, Role Role, string Agency, string Issuer)
{
    public Viewer AsViewer() => new(Username, Role, Agency);
}

/// <summary>
/// The one rule for turning a provider's claims into a role and an agency, for the browser sign-in and for bearer tokens
/// alike: the groups claim must map to exactly one role, and the agency must be one the token's issuer may vouch for.
/// Anything else is refused, saying which claim and which setting.
/// </summary>
public static class ProviderClaims
{
    public static (ProviderPerson? Person, string? Refusal) Map(ProviderSettings settings, ClaimsPrincipal claims, string issuer)
    {
        if (claims.FindFirstValue(settings.UsernameClaim) is not { Length: > 0 } username)
            return Refused($"The provider did not send the claim {settings.UsernameClaim} (the username), so we cannot tell who this is.");
        var groups = claims.FindAll(settings.GroupsClaim).Select(c => c.Value).ToList();
        var roles = groups.Where(settings.Roles.ContainsKey).Select(g => settings.Roles[g]).Distinct().ToList();
        if (roles.Count == 0)
            return Refused(groups.Count == 0
                ? $"The provider sent no {settings.GroupsClaim} claim for {username}, so they have no role here; an administrator maps provider groups to roles (Hotspots:Oidc:Roles)."
                : $"None of {username}'s groups in the {settings.GroupsClaim} claim ({string.Join(", ", groups)}) is mapped to a role here; an administrator maps provider groups to roles (Hotspots:Oidc:Roles).");
        if (roles.Count > 1)
            return Refused($"{username}'s groups map to more than one role ({string.Join(", ", roles.Select(r => Codes.Of(r)))}); the mapping (Hotspots:Oidc:Roles) must give one.");
        if (settings.Issuers.FirstOrDefault(i => SameIssuer(i.Issuer, issuer)) is not { } trusted)
            return Refused($"The issuer {issuer} is not configured to vouch for any agency (Hotspots:Oidc:Issuers), so {username} cannot be given one.");
        var agency = trusted.Agency ?? claims.FindFirstValue(settings.AgencyClaim);
        if (agency is null)
            return Refused($"The provider did not send the claim {settings.AgencyClaim} (the agency) for {username}.");
        if (trusted.Agency is null && !trusted.Agencies.Contains(agency, StringComparer.Ordinal))
            return Refused($"The issuer {issuer} may not vouch for the agency \"{agency}\"; it is trusted for {string.Join(", ", trusted.Agencies)} (Hotspots:Oidc:Issuers).");
        var name = claims.FindFirstValue(settings.NameClaim) is { Length: > 0 } n ? n : username;
        return (new ProviderPerson(username, name, roles[0], agency, issuer), null);
    }

    // A provider may write its issuer with or without the trailing slash; the configuration should not have to guess which.
    private static bool SameIssuer(string configured, string issuer) =>
        string.Equals(configured.TrimEnd('/'), issuer.TrimEnd('/'), StringComparison.Ordinal);

    private static (ProviderPerson?, string?) Refused(string why) => (null, why);
}
