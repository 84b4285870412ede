using System.Text.RegularExpressions;
using GraphQL;
using Hotspots.Database;
using Npgsql;

namespace Hotspots.Access;

public sealed record Person(string Username, string DisplayName, Role Role, string Agency, string? Email, bool Active,
    DateTimeOffset? LockedUntil, bool SecondFactorRequired, bool SecondFactorEnrolled, DateTimeOffset CreatedAt);

public sealed record PersonInput(string Username, string DisplayName, Role Role, string Agency, string? Email);

/// <summary>A one-time code, shown once to the administrator who asked for it.</summary>
public sealed record IssuedCode(Person Person, string OneTimeCode, DateTimeOffset ExpiresAt);

/// <summary>
/// Accounts as administrators run them. Nobody is deleted: the audit log and group records name them, so an
/// account is deactivated instead. Every change is audited in the transaction that makes it.
/// </summary>
public sealed partial class People(UnitOfWork writes)
{
    // "Locked until" is now the longest wait of an address held back from this username (SignInBackoff).
    private const string Columns = """
        username, display_name, role, agency, email, active,
        (SELECT max(wait_until) FROM sign_in_backoff b WHERE b.username = lower(accounts.username) AND b.wait_until > now()),
        totp_required, totp_secret IS NOT NULL, created_at
        """;

    [GeneratedRegex("^[a-z0-9][a-z0-9._-]{1,62}$")]
    private static partial Regex UsernamePattern();

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s]+$")]
    private static partial Regex EmailPattern();

    /// <summary>Administrators, and chairs choosing group members, see everyone; only administrators see e-mail addresses.</summary>
    public async Task<IReadOnlyList<Person>> All(Viewer viewer, CancellationToken cancel)
    {
        if (viewer.Role is not (Role.Administrator or Role.GroupChair))
            throw new ExecutionError("Only administrators and group chairs can list the partnership's accounts.");
        return await writes.Read(viewer, work => work.List($"SELECT {Columns} FROM accounts ORDER BY agency, display_name",
            r => viewer.Role == Role.Administrator ? Read(r) : Read(r) with { Email = null }), cancel);
    }

    public Task<IssuedCode> Create(Viewer viewer, PersonInput person, CancellationToken cancel) => Administer(viewer, async work =>
    {
        if (!UsernamePattern().IsMatch(person.Username ?? ""))
            throw new ExecutionError($"\"{person.Username}\" cannot be a username: use 2 to 63 lower-case letters, digits, dots, dashes or underscores, e.g. jo.bloggs.");
        await Check(work, person);
        var code = OneTimeCodes.New();
        var created = await work.Scalar<string>("""
            INSERT INTO accounts (username, display_name, role, agency, email, password_hash, password_must_change, password_code_expires)
            VALUES ($1, $2, $3, $4, $5, $6, true, now() + $7) ON CONFLICT (username) DO NOTHING RETURNING username
            """, person.Username, person.DisplayName.Trim(), Codes.Of(person.Role), person.Agency, Email(person), Accounts.Hash(code), OneTimeCodes.Lasts)
            ?? throw new ExecutionError($"There is already an account {person.Username}.");
        await work.Audit("create account", $"account:{created}", new { person.DisplayName, role = Codes.Of(person.Role), person.Agency });
        return await Issued(work, created, code);
    }, cancel);

    public Task<Person> Update(Viewer viewer, PersonInput person, CancellationToken cancel) => Administer(viewer, async work =>
    {
        await Check(work, person);
        if (person.Username == viewer.Username && person.Role != Role.Administrator)
            throw new ExecutionError("You cannot take the administrator role from yourself: ask another administrator.");
        await Change(work, person.Username, "UPDATE accounts SET display_name = $2, role = $3, agency = $4, email = $5 WHERE username = $1",
            person.DisplayName.Trim(), Codes.Of(person.Role), person.Agency, Email(person));
        await work.Audit("change account", $"account:{person.Username}", new { person.DisplayName, role = Codes.Of(person.Role), person.Agency });
        return await Read(work, person.Username);
    }, cancel);

    public Task<Person> SetActive(Viewer viewer, string username, bool active, CancellationToken cancel) => Administer(viewer, async work =>
    {
        if (username == viewer.Username && !active) throw new ExecutionError("You cannot deactivate your own account.");
        await Change(work, username, "UPDATE accounts SET active = $2 WHERE username = $1", active);
        await work.Audit(active ? "reactivate account" : "deactivate account", $"account:{username}");
        return await Read(work, username);
    }, cancel);

    public Task<IssuedCode> ResetPassword(Viewer viewer, string username, CancellationToken cancel) => Administer(viewer, async work =>
    {
        var code = OneTimeCodes.New();
        await Change(work, username, """
            UPDATE accounts SET password_hash = $2, password_must_change = true, password_code_expires = now() + $3,
                failed_sign_ins = 0, locked_until = NULL WHERE username = $1
            """, Accounts.Hash(code), OneTimeCodes.Lasts);
        await work.Execute("DELETE FROM sign_in_backoff WHERE username = lower($1)", username);
        await work.Audit("reset password", $"account:{username}");
        return await Issued(work, username, code);
    }, cancel);

    public Task<Person> Unlock(Viewer viewer, string username, CancellationToken cancel) => Administer(viewer, async work =>
    {
        await Change(work, username, "UPDATE accounts SET failed_sign_ins = 0, locked_until = NULL WHERE username = $1");
        // Every address held back from this username may try again; the address-wide waits stay (they are not this person's).
        await work.Execute("DELETE FROM sign_in_backoff WHERE username = lower($1)", username);
        await work.Audit("unlock account", $"account:{username}");
        return await Read(work, username);
    }, cancel);

    /// <summary>For a lost phone: the old authenticator no longer signs in, and the person enrols a new one.</summary>
    public Task<Person> ResetSecondFactor(Viewer viewer, string username, CancellationToken cancel) => Administer(viewer, async work =>
    {
        await Change(work, username, """
            UPDATE accounts SET totp_secret = NULL, totp_pending_secret = NULL, totp_required = false, totp_last_step = NULL WHERE username = $1
            """);
        await work.Audit("reset second factor", $"account:{username}");
        return await Read(work, username);
    }, cancel);

    private Task<T> Administer<T>(Viewer viewer, Func<Work, Task<T>> change, CancellationToken cancel) =>
        viewer.Role == Role.Administrator
            ? writes.Run(viewer, change, cancel)
            : throw new ExecutionError("Only an administrator can change accounts.");

    private static async Task Check(Work work, PersonInput person)
    {
        if (string.IsNullOrWhiteSpace(person.DisplayName)) throw new ExecutionError("Give the person's name as colleagues know it: it is empty.");
        if (Email(person) is { } email && !EmailPattern().IsMatch(email)) throw new ExecutionError($"\"{email}\" is not an e-mail address.");
        if (!await work.Scalar<bool>("SELECT EXISTS (SELECT 1 FROM agencies WHERE code = $1)", person.Agency))
            throw new ExecutionError($"There is no agency {person.Agency}: add it first.");
    }

    private static string? Email(PersonInput person) => string.IsNullOrWhiteSpace(person.Email) ? null : person.Email.Trim();

    private static async Task Change(Work work, string username, string sql, params object?[] values)
    {
        if (await work.Execute(sql, [username, .. values]) == 0) throw new ExecutionError($"There is no account {username}.");
    }

    private static async Task<IssuedCode> Issued(Work work, string username, string code)
    {
        var expires = await work.Single("SELECT password_code_expires FROM accounts WHERE username = $1", r => r.GetFieldValue<DateTimeOffset>(0), username);
        return new IssuedCode(await Read(work, username), code, expires);
    }

    private static async Task<Person> Read(Work work, string username) =>
        (await work.Single($"SELECT {Columns} FROM accounts WHERE username = $1", Read, username))!;

    private static Person Read(NpgsqlDataReader r) => new(r.GetString(0), r.GetString(1), Codes.Parse<Role>(r.GetString(2)), r.GetString(3),
        r.IsDBNull(4) ? null : r.GetString(4), r.GetBoolean(5), r.IsDBNull(6) ? null : r.GetFieldValue<DateTimeOffset>(6), r.GetBoolean(7), r.GetBoolean(8),
        r.GetFieldValue<DateTimeOffset>(9));
}
