using Hotspots.Database;
using Microsoft.AspNetCore.Identity;

namespace Hotspots.Access;

public sealed record Account(long Id, string Username, string DisplayName, Role Role, string Agency, string? PasswordHash,
    int FailedSignIns, DateTimeOffset? LockedUntil, string? TotpSecret, bool TotpRequired,
    bool Active = true, bool PasswordMustChange = false, DateTimeOffset? PasswordCodeExpires = null)
{
    public Viewer AsViewer() => new(Username, Role, Agency);
}

public sealed record FailedSignIns(int Count, DateTimeOffset? LastAt, string? LastFrom);

/// <summary>Local accounts as sign-in reads and counts them; each call is a unit of work of its own.</summary>
public sealed class Accounts(UnitOfWork units)
{
    private static readonly PasswordHasher<object> Hasher = new();

    public static string Hash(string password) => Hasher.HashPassword(new object(), password);

    public static bool Verify(string hash, string password) =>
        Hasher.VerifyHashedPassword(new object(), hash, password) != PasswordVerificationResult.Failed;

    public Task<Account?> Find(string username, CancellationToken cancel) => units.Read(Viewer.NoOne, work => work.Single("""
        SELECT id, username, display_name, role, agency, password_hash, failed_sign_ins, locked_until, totp_secret, totp_required,
            active, password_must_change, password_code_expires
        FROM accounts WHERE username = $1
        """, r => new Account(r.GetInt64(0), r.GetString(1), r.GetString(2), Codes.Parse<Role>(r.GetString(3)), r.GetString(4),
            r.IsDBNull(5) ? null : r.GetString(5), r.GetInt32(6), r.IsDBNull(7) ? null : r.GetFieldValue<DateTimeOffset>(7),
            r.IsDBNull(8) ? null : r.GetString(8), r.GetBoolean(9),
            r.GetBoolean(10), r.GetBoolean(11), r.IsDBNull(12) ? null : r.GetFieldValue<DateTimeOffset>(12)), username), cancel);

    public Task Create(string username, string displayName, Role role, string agency, string password, CancellationToken cancel) =>
        Change("""
            INSERT INTO accounts (username, display_name, role, agency, password_hash) VALUES ($1, $2, $3, $4, $5)
            ON CONFLICT (username) DO NOTHING
            """, cancel, username, displayName, Codes.Of(role), agency, Hash(password));

    /// <summary>
    /// Counts a failed attempt for the owner to be told at their next sign-in. It never locks the account: the
    /// address the failures come from is held back instead (<see cref="SignInBackoff"/>).
    /// </summary>
    public Task RecordFailure(long id, string origin, CancellationToken cancel) => Change("""
        UPDATE accounts SET failed_sign_ins = failed_sign_ins + 1, last_failed_at = now(), last_failed_from = $2 WHERE id = $1
        """, cancel, id, origin);

    /// <summary>
    /// Gives the account a new authenticator secret and requires it at every sign-in, audited as the administrator's
    /// change; false when there is no such account.
    /// </summary>
    public Task<bool> RequireSecondFactor(Viewer administrator, string username, string secret, CancellationToken cancel) =>
        units.Run(administrator, async work =>
        {
            if (await work.Execute("UPDATE accounts SET totp_secret = $2, totp_required = true, totp_last_step = NULL WHERE username = $1", username, secret) != 1)
                return false;
            await work.Audit("require second factor", $"account:{username}");
            return true;
        }, cancel);

    /// <summary>
    /// Claims an authenticator time step for the account; false when it or a later one has signed in already, i.e. the
    /// code is replayed. One statement, so two sign-ins racing with the same code cannot both win.
    /// </summary>
    public async Task<bool> UseTimeStep(long id, long step, CancellationToken cancel) => await Change(
        "UPDATE accounts SET totp_last_step = $2 WHERE id = $1 AND (totp_last_step IS NULL OR totp_last_step < $2)", cancel, id, step) == 1;

    /// <summary>The person's own password in place of a one-time code, which then no longer signs in; audited with it.</summary>
    public Task SetPassword(Account account, string password, string? origin, CancellationToken cancel) => units.Run(account.AsViewer(), async work =>
    {
        await work.Execute("UPDATE accounts SET password_hash = $2, password_must_change = false, password_code_expires = NULL WHERE id = $1",
            account.Id, Hash(password));
        await work.Audit("change password", $"account:{account.Username}", origin: origin);
    }, cancel);

    /// <summary>Starts the count again, and returns what failed since the last sign-in, for the owner to read.</summary>
    public Task<FailedSignIns?> RecordSuccess(long id, CancellationToken cancel) => units.Run(Viewer.NoOne, work => work.Single("""
        UPDATE accounts a SET failed_sign_ins = 0, locked_until = NULL, last_failed_at = NULL, last_failed_from = NULL
        FROM (SELECT id, failed_sign_ins, last_failed_at, last_failed_from FROM accounts WHERE id = $1 FOR UPDATE) before
        WHERE a.id = before.id
        RETURNING before.failed_sign_ins, before.last_failed_at, before.last_failed_from
        """, r => new FailedSignIns(r.GetInt32(0), r.IsDBNull(1) ? null : r.GetFieldValue<DateTimeOffset>(1), r.IsDBNull(2) ? null : r.GetString(2)), id), cancel);

    // Before anyone is signed in: no viewer to act for, and the audit entry (if any) names the person itself.
    private Task<int> Change(string sql, CancellationToken cancel, params object?[] values) =>
        units.Run(Viewer.NoOne, work => work.Execute(sql, values), cancel);
}
