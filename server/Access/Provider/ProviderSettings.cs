using Hotspots.Database;
namespace Hotspots.Access;

/// <summary>An issuer the partnership trusts to say which agency someone works for: any of <see cref="Agencies"/>, or always <see cref="Agency"/>.</summary>
public sealed record TrustedIssuer(string Issuer, IReadOnlyList<string> Agencies, string? Agency);

/// <summary>
/// The partnership's OpenID Connect provider as configured under Hotspots:Oidc: where it is, how the workspace signs in
/// with it, and how its claims become our role and agency. Nothing the provider sends is taken as it is: a group becomes
/// a role only through <see cref="Roles"/>, an agency only for an issuer in <see cref="Issuers"/>.
/// </summary>
public sealed record ProviderSettings(string? Authority, string Audience, string Name, string? ClientId, string? ClientSecret,
    string UsernameClaim, string NameClaim, string GroupsClaim, string AgencyClaim, IReadOnlyList<string> Scopes,
    IReadOnlyDictionary<string, Role> Roles, IReadOnlyList<TrustedIssuer> Issuers, bool RequireHttpsMetadata)
{
    public bool Configured => Authority is not null;

    /// <summary>The browser sign-in needs a client registered at the provider; bearer tokens alone do not.</summary>
    public bool BrowserSignIn => Configured && ClientId is not null;

    /// <summary>The settings, or a refusal to start that names the key to fix: a half-configured provider must not let anyone in.</summary>
    public static ProviderSettings From(IConfigurationSection oidc)
    {
        var authority = oidc["Authority"] is { Length: > 0 } a ? a : null;
        var roles = new Dictionary<string, Role>(StringComparer.Ordinal);
        foreach (var mapping in oidc.GetSection("Roles").GetChildren())
            roles[mapping.Key] = Viewer.ParseRole(mapping.Value) ?? throw new InvalidOperationException(
                $"Hotspots:Oidc:Roles:{mapping.Key} is \"{mapping.Value}\", which is not one of our roles: {string.Join(", ", Enum.GetValues<Role>().Select(r => Codes.Of(r)))}.");
        var issuers = oidc.GetSection("Issuers").GetChildren().Select(Trusted).ToList();
        var settings = new ProviderSettings(authority, oidc["Audience"] ?? "", oidc["Name"] is { Length: > 0 } name ? name : "the partnership's sign-in",
            oidc["ClientId"] is { Length: > 0 } client ? client : null, oidc["ClientSecret"] is { Length: > 0 } secret ? secret : null,
            oidc["UsernameClaim"] ?? "preferred_username", oidc["NameClaim"] ?? "name", oidc["GroupsClaim"] ?? "groups", oidc["AgencyClaim"] ?? "agency",
            (oidc["Scopes"] ?? "openid profile").Split(' ', StringSplitOptions.RemoveEmptyEntries), roles, issuers,
            oidc.GetValue("RequireHttpsMetadata", true));
        if (authority is null) return settings;
        if (settings.Audience.Length == 0)
            throw new InvalidOperationException("Hotspots:Oidc:Audience must be set with Hotspots:Oidc:Authority: tokens for other services must be refused.");
        if (roles.Count == 0)
            throw new InvalidOperationException("Hotspots:Oidc:Roles must map at least one provider group to a role (e.g. Hotspots__Oidc__Roles__kmsp-analysts=analyst): no one could sign in.");
        if (issuers.Count == 0)
            throw new InvalidOperationException("Hotspots:Oidc:Issuers must name at least one issuer and the agencies it may vouch for (e.g. Hotspots__Oidc__Issuers__0__Issuer=… and __Agencies=police,council): no one could sign in.");
        return settings;
    }

    private static TrustedIssuer Trusted(IConfigurationSection entry)
    {
        var key = $"Hotspots:Oidc:Issuers:{entry.Key}";
        var issuer = entry["Issuer"] is { Length: > 0 } i ? i : throw new InvalidOperationException($"{key}:Issuer must be the issuer's URL, as its tokens' iss claim says it.");
        var agencies = (entry["Agencies"] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var fixedAgency = entry["Agency"] is { Length: > 0 } f ? f : null;
        if ((agencies.Length == 0) == (fixedAgency is null))
            throw new InvalidOperationException($"{key} needs either Agencies (the agencies its people may claim) or Agency (the one agency all its people belong to), and only one of the two.");
        return new TrustedIssuer(issuer, agencies, fixedAgency);
    }
}
