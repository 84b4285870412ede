namespace Hotspots.Access;

/// <summary>NewPassword only when the sign-in page asks for one: the first sign-in with a one-time code.</summary>
public sealed record SignInRequest(string? Username, string? Password, string? Code, string? NewPassword = null);

public sealed record SignedIn(string Token, DateTimeOffset ExpiresAt, string Username, string DisplayName, string Role, string Agency);

/// <summary>Why not, and what the sign-in page should ask for next: "code" (the authenticator's), "new-password", or nothing.</summary>
public sealed record SignInRefused(string Error, string? Next = null);

/// <summary>What the sign-in page offers: "Sign in with <see cref="Provider"/>" when set, the password form when <see cref="Passwords"/>.</summary>
public sealed record SignInOptions(string? Provider, bool Passwords);

/// <summary>Local accounts for standalone and demo use; production signs in through the partnership's OpenID Connect provider.</summary>
public sealed class SignIn(Accounts accounts, TokenIssuer tokens, AuditLog audit, TimeProvider clock, ProviderSettings provider)
{
    public const int FailuresBeforeLock = 5;
    public static readonly TimeSpan LockFor = TimeSpan.FromMinutes(15);
    private static readonly string UnknownAccount = Accounts.Hash(Guid.NewGuid().ToString());

    public async Task<IResult> Handle(SignInRequest request, HttpContext http)
    {
        var cancel = http.RequestAborted;
        http.Response.Headers.CacheControl = "no-store";
        var origin = http.Connection.RemoteIpAddress?.ToString();
        // The provider is then the one place people are let in, deactivated and given their rights.
        if (provider.Configured)
            return Refuse(provider.BrowserSignIn ? $"This workspace signs in through {provider.Name}: use \"Sign in with {provider.Name}\"."
                : "This workspace takes only the partnership's sign-in provider's tokens; passwords are off.");
        if (string.IsNullOrWhiteSpace(request.Username) || string.IsNullOrEmpty(request.Password))
            return Refuse("Give a username and a password.");
        var account = await accounts.Find(request.Username, cancel);
        if (account?.LockedUntil is { } until && until > clock.GetUtcNow())
        {
            await audit.Record(account.Username, account.Agency, "sign-in refused: locked", origin: origin, cancel: cancel);
            return Refuse($"This account is locked after {FailuresBeforeLock} failed sign-ins; try again after {until:HH:mm} UTC or ask an administrator.");
        }
        // An unknown username is checked against a stand-in hash, so it costs the same time as a wrong password.
        if (!Accounts.Verify(account?.PasswordHash ?? UnknownAccount, request.Password) || account is null)
        {
            if (account is not null) await accounts.RecordFailure(account.Id, FailuresBeforeLock, LockFor, cancel);
            await audit.Record(request.Username, account?.Agency, "sign-in refused: wrong username or password", origin: origin, cancel: cancel);
            return Refuse("The username or password is wrong.");
        }
        if (!account.Active)
        {
            await audit.Record(account.Username, account.Agency, "sign-in refused: deactivated", origin: origin, cancel: cancel);
            return Refuse("This account has been deactivated: ask an administrator.");
        }
        // Before the authenticator code is claimed, so that asking for the new password does not use the code up.
        if (account.PasswordMustChange && await OneTimeCodeProblem(account, request, origin, cancel) is { } refusal) return refusal;
        if (account.TotpRequired && await SecondFactorProblem(account, request.Code, cancel) is { } problem)
        {
            if (request.Code is { Length: > 0 }) await accounts.RecordFailure(account.Id, FailuresBeforeLock, LockFor, cancel);
            await audit.Record(account.Username, account.Agency, "sign-in refused: second factor", origin: origin, cancel: cancel);
            return Refuse(problem, "code");
        }
        if (account.PasswordMustChange)
            await accounts.SetPassword(account, request.NewPassword!, origin, cancel);
        await accounts.RecordSuccess(account.Id, cancel);
        await audit.Record(account.Username, account.Agency, "sign-in", origin: origin, cancel: cancel);
        var (token, expiresAt) = tokens.Issue(account.AsViewer());
        return Results.Ok(new SignedIn(token, expiresAt, account.Username, account.DisplayName, account.Role.ToString(), account.Agency));
    }

    private async Task<string?> SecondFactorProblem(Account account, string? code, CancellationToken cancel)
    {
        var (problem, step) = SecondFactor.Check(account.TotpSecret, code, clock);
        return problem ?? (await accounts.UseTimeStep(account.Id, step, cancel) ? null : SecondFactor.Replayed);
    }

    /// <summary>A one-time code signs in once, within its time, and only together with the person's own new password.</summary>
    private async Task<IResult?> OneTimeCodeProblem(Account account, SignInRequest request, string? origin, CancellationToken cancel)
    {
        if (account.PasswordCodeExpires is { } expires && expires < clock.GetUtcNow())
        {
            await audit.Record(account.Username, account.Agency, "sign-in refused: one-time code expired", origin: origin, cancel: cancel);
            return Refuse($"This one-time code expired on {expires:d MMM yyyy HH:mm} UTC: ask an administrator for a new one.");
        }
        return OneTimeCodes.PasswordProblem(request.NewPassword, request.Password!) is { } problem ? Refuse(problem, "new-password") : null;
    }

    private static IResult Refuse(string error, string? next = null) =>
        Results.Json(new SignInRefused(error, next), statusCode: StatusCodes.Status401Unauthorized);
}
