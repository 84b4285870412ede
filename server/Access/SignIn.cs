namespace Hotspots.Access;

/// <summary>NewPassword only when the sign-in page asks for one: the first sign-in with a one-time code.</summary>
public sealed record SignInRequest(string? Username, string? Password, string? Code, string? NewPassword = null);

/// <summary>Warning: failed sign-ins to this account since its last sign-in, for the owner to read (#16).</summary>
public sealed record SignedIn(string Token, DateTimeOffset ExpiresAt, string Username, string DisplayName, string Role, string Agency,
    string? Warning = null);

/// <summary>Why not, and what the sign-in page should ask for next: "code" (the authenticator's), "new-password", or nothing.</summary>
public sealed record SignInRefused(string Error, string? Next = null);

/// <summary>What the sign-in page offers: "Sign in with <see cref="Provider"/>" when set, the password form when <see cref="Passwords"/>.</summary>
public sealed record SignInOptions(string? Provider, bool Passwords);

/// <summary>Local accounts for standalone and demo use; production signs in through the partnership's OpenID Connect provider.</summary>
public sealed class SignIn(Accounts accounts, SignInBackoff backoff, TokenIssuer tokens, AuditLog audit, TimeProvider clock, ProviderSettings provider)
{
    private static readonly string UnknownAccount = Accounts.Hash(Guid.NewGuid().ToString());

    public async Task<IResult> Handle(SignInRequest request, HttpContext http)
    {
        var cancel = http.RequestAborted;
        http.Response.Headers.CacheControl = "no-store";
        // Behind a configured proxy this is the forwarded client address (see Proxies), never a header anyone can send.
        var origin = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        // The provider is then the one place people are let in, deactivated and given their rights.
        if (provider.Configured)
            return Refuse(provider.BrowserSignIn ? $"This workspace signs in through {provider.Name}: use \"Sign in with {provider.Name}\"."
                : "This workspace takes only the partnership's sign-in provider's tokens; passwords are off.");
        if (string.IsNullOrWhiteSpace(request.Username) || string.IsNullOrEmpty(request.Password))
            return Refuse("Give a username and a password.");
        // Checked before the account is even looked up, so a held-back address learns nothing about it.
        if (await backoff.Until(request.Username, origin, cancel) is { } until)
        {
            await audit.Record(request.Username, null, "sign-in refused: held back", origin: origin, cancel: cancel);
            return Refuse(SignInBackoff.Refusal(until));
        }
        var account = await accounts.Find(request.Username, cancel);
        // An unknown username is checked against a stand-in hash, so it costs the same time as a wrong password.
        if (!Accounts.Verify(account?.PasswordHash ?? UnknownAccount, request.Password) || account is null)
        {
            await Failed(request.Username, account, origin, cancel);
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
            if (request.Code is { Length: > 0 }) await Failed(request.Username, account, origin, cancel);
            await audit.Record(account.Username, account.Agency, "sign-in refused: second factor", origin: origin, cancel: cancel);
            return Refuse(problem, "code");
        }
        if (account.PasswordMustChange)
            await accounts.SetPassword(account, request.NewPassword!, origin, cancel);
        var failedSince = await accounts.RecordSuccess(account.Id, cancel);
        await backoff.Succeed(request.Username, origin, cancel);
        await audit.Record(account.Username, account.Agency, "sign-in", origin: origin, cancel: cancel);
        var (token, expiresAt) = tokens.Issue(account.AsViewer());
        return Results.Ok(new SignedIn(token, expiresAt, account.Username, account.DisplayName, account.Role.ToString(), account.Agency,
            Warning(failedSince)));
    }

    private async Task Failed(string username, Account? account, string origin, CancellationToken cancel)
    {
        await backoff.Fail(username, origin, cancel);
        if (account is not null) await accounts.RecordFailure(account.Id, origin, cancel);
    }

    private static string? Warning(FailedSignIns? failed) => failed is { Count: > 0 } f
        ? $"{f.Count} failed sign-in{(f.Count == 1 ? "" : "s")} to your account since you last signed in, the last on " +
          $"{f.LastAt:d MMM yyyy 'at' HH:mm} UTC from {f.LastFrom}. If that was not you, tell your administrator."
        : null;

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
