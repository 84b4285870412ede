using System.Security.Claims;
using Hotspots.Database;
using Microsoft.Extensions.Caching.Memory;
using Npgsql;

namespace Hotspots.Access;

/// <summary>
/// A token says who someone was when they signed in; this says whether that is still so. Each request (and the live
/// meeting stream every few seconds) compares the token's role and agency with the account as it is now, read at most
/// once per <see cref="Fresh"/> per account, so a demoted or deactivated account loses its rights within seconds.
/// </summary>
public sealed class AccountStates(UnitOfWork units, IMemoryCache cache, TimeProvider clock)
{
    public static readonly TimeSpan Fresh = TimeSpan.FromSeconds(5);

    private sealed record State(Role Role, string Agency, bool Active);

    /// <summary>Why the viewer's token no longer speaks for them, or null while it does.</summary>
    public async Task<string?> Problem(Viewer viewer, CancellationToken cancel)
    {
        var now = await cache.GetOrCreateAsync($"account state|{viewer.Username}", entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Fresh;
            return Read(viewer.Username, cancel);
        });
        return now switch
        {
            null => "Your account no longer exists; sign in again or ask an administrator.",
            { Active: false } => "Your account has been deactivated since you signed in; ask an administrator.",
            _ when now.Role != viewer.Role || now.Agency != viewer.Agency =>
                "Your role or agency has changed since you signed in; sign in again to carry on with your new rights.",
            _ => null,
        };
    }

    /// <summary>For long requests: why the signed-in person may no longer be answered (token expired or account changed), or null.</summary>
    public async Task<string?> Ended(ClaimsPrincipal user, Viewer viewer, CancellationToken cancel) =>
        long.TryParse(user.FindFirstValue("exp"), out var expires) && clock.GetUtcNow() >= DateTimeOffset.FromUnixTimeSeconds(expires)
            ? "Your sign-in has expired; sign in again to carry on."
            : await Problem(viewer, cancel);

    private Task<State?> Read(string username, CancellationToken cancel) => units.Read(Viewer.NoOne, work => work.Single(
        "SELECT role, agency, active FROM accounts WHERE username = $1",
        r => new State(Codes.Parse<Role>(r.GetString(0)), r.GetString(1), r.GetBoolean(2)), username), cancel);
}
