using System.Security.Claims;
using Hotspots.Database;

namespace Hotspots.Access;

/// <summary>
/// A sign-in through the provider, by browser or by bearer token: the claims are mapped (<see cref="ProviderClaims"/>),
/// the person's account is made at the first sign-in and its name, role and agency brought up to date at each, and a
/// deactivated account is refused whatever the provider says. The account change and its audit entry commit together;
/// a refusal is audited by the caller, which knows how it came (a browser's sign-in or a token's request).
/// </summary>
public sealed class ProviderAccounts(UnitOfWork units, ProviderSettings settings)
{
    public sealed record Outcome(ProviderPerson? Person, string? Refusal);

    private sealed record AccountRow(bool Active, bool Created);

    /// <param name="how">"browser" or "token", for the audit entry.</param>
    public async Task<Outcome> SignIn(ClaimsPrincipal claims, string issuer, string how, string? origin, CancellationToken cancel)
    {
        var (person, refusal) = ProviderClaims.Map(settings, claims, issuer);
        if (person is null) return new Outcome(null, refusal);
        var problem = await units.Run(person.AsViewer(), work => Account(work, person, how, origin), cancel);
        return problem is null ? new Outcome(person, null) : new Outcome(null, problem);
    }

    private async Task<string?> Account(Work work, ProviderPerson person, string how, string? origin)
    {
        if (!await work.Scalar<bool>("SELECT EXISTS (SELECT 1 FROM agencies WHERE code = $1)", person.Agency))
            return $"\"{person.Agency}\" is not an agency of the partnership; an administrator adds it under People and agencies.";
        // Only an account this issuer made is brought up to date: a local account of the same name is never taken over.
        var account = await work.Single("""
            INSERT INTO accounts (username, display_name, role, agency, provider) VALUES ($1, $2, $3, $4, $5)
            ON CONFLICT (username) DO UPDATE SET display_name = EXCLUDED.display_name, role = EXCLUDED.role, agency = EXCLUDED.agency
                WHERE accounts.provider = EXCLUDED.provider
            RETURNING active, xmax = 0
            """, r => new AccountRow(r.GetBoolean(0), r.GetBoolean(1)),
            person.Username, person.DisplayName, Codes.Of(person.Role), person.Agency, person.Issuer);
        if (account is null)
            return $"The username {person.Username} belongs to an account that signs in with a password here, not through {settings.Name}; ask an administrator.";
        if (!account.Active) return "This account has been deactivated: ask an administrator.";
        await work.Audit("sign-in", $"account:{person.Username}",
            new { provider = person.Issuer, via = how, created = account.Created, role = Codes.Of(person.Role), agency = person.Agency }, origin: origin);
        return null;
    }
}
