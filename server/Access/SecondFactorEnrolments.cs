using GraphQL;
using Hotspots.Database;

namespace Hotspots.Access;

/// <summary>
/// A person sets up their own authenticator: a new secret is kept pending until they prove it with a code, so a
/// half-finished enrolment (a QR code scanned into nothing) never locks them out.
/// </summary>
public sealed class SecondFactorEnrolments(UnitOfWork writes, TimeProvider clock)
{
    public Task<SecondFactorEnrolment> Begin(Viewer viewer, CancellationToken cancel) => writes.Run(viewer, async work =>
    {
        var secret = SecondFactor.NewSecret();
        if (await work.Execute("UPDATE accounts SET totp_pending_secret = $2 WHERE username = $1", viewer.Username, secret) == 0)
            throw new ExecutionError("Your organisation's sign-in provider looks after your second factor, not Hotspots.");
        await work.Audit("begin second factor enrolment", $"account:{viewer.Username}");
        return new SecondFactorEnrolment(viewer.Username, secret, SecondFactor.EnrolmentUri(viewer.Username, secret));
    }, cancel);

    public Task<bool> Confirm(Viewer viewer, string code, CancellationToken cancel) => writes.Run(viewer, async work =>
    {
        var pending = await work.Scalar<string>("SELECT totp_pending_secret FROM accounts WHERE username = $1", viewer.Username)
            ?? throw new ExecutionError("Start again: there is no authenticator being set up for your account.");
        var (problem, step) = SecondFactor.Check(pending, code, clock);
        if (problem is not null) throw new ExecutionError(problem);
        await work.Execute("""
            UPDATE accounts SET totp_secret = totp_pending_secret, totp_pending_secret = NULL, totp_required = true, totp_last_step = $2
            WHERE username = $1
            """, viewer.Username, step);
        await work.Audit("enrol second factor", $"account:{viewer.Username}");
        return true;
    }, cancel);
}
