using System.Net.Sockets;
using Hotspots.Database;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using Npgsql;

namespace Hotspots.Problems;

/// <summary>
/// Sends each owner with an e-mail address one reminder a day listing their open actions that are overdue or due within
/// <see cref="ReminderMail.DueWithinDays"/> days, on plans of groups they still belong to. Without Hotspots:Smtp it sends nothing.
/// </summary>
public sealed class ReminderMailer(NpgsqlDataSource dataSource, TimeProvider clock, IConfiguration configuration, ILogger<ReminderMailer> log)
{
    public SmtpSettings? Smtp { get; } = SmtpSettings.Read(configuration);

    /// <summary>Sends today's reminders not sent yet and says how many went; what the daily schedule calls.</summary>
    public async Task<int> SendDue(CancellationToken cancel)
    {
        if (Smtp is null) return 0;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var owners = await Due(today, cancel);
        if (owners.Count == 0) return 0;
        using var client = new SmtpClient { Timeout = 30_000 };
        try
        {
            await client.ConnectAsync(Smtp.Host, Smtp.Port, Smtp.UseTls ? (Smtp.Port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls) : SecureSocketOptions.None, cancel);
            if (Smtp.UserName is { Length: > 0 }) await client.AuthenticateAsync(Smtp.UserName, Smtp.Password ?? "", cancel);
        }
        catch (Exception e) when (e is SocketException or IOException or SslHandshakeException or AuthenticationException or SmtpCommandException or SmtpProtocolException)
        {
            log.LogWarning(e, "Reminder e-mails not sent: the SMTP server {Host}:{Port} could not be reached or refused us; {Owners} reminders will be tried again at the next check",
                Smtp.Host, Smtp.Port, owners.Count);
            return 0;
        }
        var sent = 0;
        foreach (var (username, address, actions) in owners)
            if (await Claim(username, today, address, actions, cancel))
                try
                {
                    await client.SendAsync(ReminderMail.Compose(Smtp, address, actions, today), cancel);
                    sent++;
                }
                catch (Exception e) when (e is IOException or SmtpCommandException or SmtpProtocolException or ServiceNotConnectedException)
                {
                    await Release(username, today);
                    log.LogWarning(e, "A reminder e-mail was refused by the SMTP server; it will be tried again at the next check");
                }
        await client.DisconnectAsync(true, cancel);
        log.LogInformation("Sent {Sent} reminder e-mails for {Day}", sent, today);
        return sent;
    }

    private async Task<List<(string Username, string Address, List<RemindedAction> Actions)>> Due(DateOnly today, CancellationToken cancel)
    {
        await using var command = dataSource.CreateCommand("""
            SELECT a.username, a.email, x.id, x.what, p.title, p.classification, x.due_on
            FROM plan_actions x JOIN plans p ON p.id = x.plan_id JOIN accounts a ON a.username = x.owner
            WHERE a.email IS NOT NULL AND x.status NOT IN ('done', 'cancelled') AND x.due_on <= $1
              AND EXISTS (SELECT 1 FROM group_members m WHERE m.group_id = p.group_id AND m.username = x.owner)
              AND NOT EXISTS (SELECT 1 FROM reminder_mails r WHERE r.username = a.username AND r.sent_on = $2)
            ORDER BY a.username, x.due_on, x.id
            """).With(today.AddDays(ReminderMail.DueWithinDays), today);
        var owners = new List<(string, string, List<RemindedAction>)>();
        await using var r = await command.ExecuteReaderAsync(cancel);
        while (await r.ReadAsync(cancel))
        {
            if (owners.Count == 0 || owners[^1].Item1 != r.GetString(0)) owners.Add((r.GetString(0), r.GetString(1), []));
            owners[^1].Item3.Add(new RemindedAction(r.GetInt64(2), r.GetString(3), r.GetString(4), Codes.Parse<Classification>(r.GetString(5)), r.GetFieldValue<DateOnly>(6)));
        }
        return owners;
    }

    private async Task<bool> Claim(string username, DateOnly today, string address, List<RemindedAction> actions, CancellationToken cancel)
    {
        await using var command = dataSource.CreateCommand("""
            INSERT INTO reminder_mails (username, sent_on, address, action_ids, marking) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING
            """).With(username, today, address, actions.Select(a => a.Id).ToArray(), ReminderMail.Marking(actions));
        return await command.ExecuteNonQueryAsync(cancel) == 1;
    }

    private async Task Release(string username, DateOnly today)
    {
        await using var command = dataSource.CreateCommand("DELETE FROM reminder_mails WHERE username = $1 AND sent_on = $2").With(username, today);
        await command.ExecuteNonQueryAsync(CancellationToken.None);
    }
}
