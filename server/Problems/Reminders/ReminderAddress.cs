using Hotspots.Access;
using Hotspots.Database;
using MimeKit;

namespace Hotspots.Problems;

/// <summary>Where the signed-in account's daily reminder e-mail goes; each change is audited.</summary>
public sealed class ReminderAddress(UnitOfWork units)
{
    /// <summary>The signed-in account's own address, null when it has none or is kept by the sign-in provider.</summary>
    public Task<string?> Current(Viewer viewer, CancellationToken cancel) =>
        units.Read(viewer, work => work.Scalar<string>("SELECT email FROM accounts WHERE username = $1", viewer.Username), cancel);

    public async Task<string?> Set(Viewer viewer, string? address, CancellationToken cancel)
    {
        address = string.IsNullOrWhiteSpace(address) ? null : address.Trim();
        if (address is not null && !(MailboxAddress.TryParse(address, out var parsed) && parsed.Address == address && address.Split('@') is [{ Length: > 0 }, var domain] && domain.Contains('.')))
            throw new ProblemRefused($"\"{address}\" is not an e-mail address: give one like name@kirklees.gov.uk, or nothing to stop reminder e-mails.");
        return await units.Run(viewer, async work =>
        {
            if (await work.Execute("UPDATE accounts SET email = $2 WHERE username = $1", viewer.Username, address) == 0)
                throw new ProblemRefused("Your account is kept by the partnership's sign-in provider, not here: ask an administrator to give it an address.");
            await work.Audit("set reminder e-mail", $"account:{viewer.Username}", new { set = address is not null });
            return address;
        }, cancel);
    }
}
