using Hotspots.Database;

namespace Hotspots.Access;

/// <summary>
/// Back-off after failed sign-ins, replacing a hard lock that anyone knowing a username could trigger. The address the
/// failures come from waits, not the account: from the fifth failure of one username from one address (or the
/// thirtieth from one address across usernames) that address waits a minute, doubling with each further failure up
/// to an hour. The owner signing in from their own address is not held back, and is told at that sign-in.
/// </summary>
public sealed class SignInBackoff(UnitOfWork units)
{
    public const int FreePerUsername = 4;
    public const int FreePerAddress = 29;
    public static readonly TimeSpan FirstWait = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan LongestWait = TimeSpan.FromHours(1);

    /// <summary>A day without a failure and an address starts again.</summary>
    public static readonly TimeSpan Forgotten = TimeSpan.FromDays(1);

    /// <summary>Until when this address must wait before trying this username again, if it must.</summary>
    public Task<DateTimeOffset?> Until(string username, string origin, CancellationToken cancel) =>
        units.Run(Viewer.NoOne, work => work.Single("""
            SELECT max(wait_until) FROM sign_in_backoff WHERE origin = $2 AND username IN (lower($1), '') AND wait_until > now()
            """, r => r.IsDBNull(0) ? (DateTimeOffset?)null : r.GetFieldValue<DateTimeOffset>(0), username, origin), cancel);

    /// <summary>
    /// Counts a failure against the username from this address and against the address, and sets their waits.
    /// Keyed by the username as typed, so an unknown username is held back exactly as a real one is.
    /// </summary>
    public Task Fail(string username, string origin, CancellationToken cancel) => units.Run(Viewer.NoOne, async work =>
    {
        await work.Execute("""
            INSERT INTO sign_in_backoff AS b (username, origin, failures, last_at) VALUES (lower($1), $2, 1, now()), ('', $2, 1, now())
            ON CONFLICT (username, origin) DO UPDATE
            SET failures = CASE WHEN b.last_at < now() - $3 THEN 1 ELSE b.failures + 1 END, last_at = now()
            """, username, origin, Forgotten);
        // 2^6 minutes passes the hour, so the exponent stops there and a long run of failures cannot overflow.
        var started = await work.List("""
            UPDATE sign_in_backoff SET wait_until = CASE WHEN failures > free
                THEN now() + least($5, $4 * power(2, least(failures - free - 1, 6))) END
            FROM (SELECT CASE WHEN username = '' THEN $3 ELSE $6 END AS free, username AS key FROM sign_in_backoff
                  WHERE origin = $2 AND username IN (lower($1), '')) f
            WHERE origin = $2 AND username = f.key
            RETURNING username = '', failures, wait_until, failures = free + 1
            """, r => (AcrossUsernames: r.GetBoolean(0), Failures: r.GetInt32(1), Until: r.IsDBNull(2) ? (DateTimeOffset?)null : r.GetFieldValue<DateTimeOffset>(2),
                Starts: r.GetBoolean(3)),
            username, origin, FreePerAddress, FirstWait, LongestWait, FreePerUsername);
        foreach (var held in started.Where(s => s.Starts))
            await work.AuditAs(username, null, "sign-in held back", detail: new { held.Failures, until = held.Until, acrossUsernames = held.AcrossUsernames }, origin: origin);
    }, cancel);

    /// <summary>A right password from this address: it may try this username freely again.</summary>
    public Task Succeed(string username, string origin, CancellationToken cancel) =>
        units.Run(Viewer.NoOne, work => work.Execute("DELETE FROM sign_in_backoff WHERE username = lower($1) AND origin = $2", username, origin), cancel);

    public static string Refusal(DateTimeOffset until) =>
        $"Too many failed sign-ins from this address: try again after {until:HH:mm} UTC. Signing in from elsewhere is not affected; an administrator can clear this.";
}
