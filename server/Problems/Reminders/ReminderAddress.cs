using Hotspots.Access;
using Hotspots.Database;
using MimeKit;
using Npgsql;

namespace Hotspots.Problems;

/// <summary>Where the signed-in account's daily reminder e-mail goes; each change is audited.</summary>
public sealed class ReminderAddress(NpgsqlDataSource dataSource, AuditLog audit)
{
    /// <summary>The signed-in account's own address, null when it has none or is kept by the sign-in provider.</summary>
    public async Task<string?> Current(Viewer viewer, CancellationToken cancel)
    {
        await using var command = dataSource.CreateCommand("SELECT email FROM accounts WHERE username = $1").With(viewer.Username);
        return await command.ExecuteScalarAsync(cancel) as string;
    }

    public async Task<string?> Set(Viewer viewer, string? address, CancellationToken cancel)
    {
        address = string.IsNullOrWhiteSpace(address) ? null : address.Trim();
        if (address is not null && !(MailboxAddress.TryParse(address, out var parsed) && parsed.Address == address && address.Split('@') is [{ Length: > 0 }, var domain] && domain.Contains('.')))
            throw new ProblemRefused($"\"{address}\" is not an e-mail address: give one like name@kirklees.gov.uk, or nothing to stop reminder e-mails.");
        await using var command = dataSource.CreateCommand("UPDATE accounts SET email = $2 WHERE username = $1").With(viewer.Username, address);
        if (await command.ExecuteNonQueryAsync(cancel) == 0)
            throw new ProblemRefused("Your account is kept by the partnership's sign-in provider, not here: ask an administrator to give it an address.");
        await audit.Record(viewer, "set reminder e-mail", $"account:{viewer.Username}", new { set = address is not null }, cancel: cancel);
        return address;
    }
}
