using System.Net.Sockets;
using Hotspots.Database;
using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;

namespace Hotspots.Problems;

/// <summary>
/// Sends each owner with an e-mail address one reminder a day listing their open actions that are overdue or due within
/// <see cref="ReminderMail.DueWithinDays"/> days, on plans of groups they still belong to. Without Hotspots:Smtp it sends nothing.
/// </summary>
public sealed class ReminderMailer(UnitOfWork units, TimeProvider clock, IConfiguration configuration, ILogger<ReminderMailer> log)
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

    // The daily sweep acts for no one; each claim is a unit of work of its own, so one refused mail frees only its own day.
    private async Task<List<(string Username, string Address, List<RemindedAction> Actions)>> Due(DateOnly today, CancellationToken cancel)
    {
        var rows = await units.Read(Access.Viewer.NoOne, work => work.List("""
            SELECT a.username, a.email, x.id, x.what, p.title, p.classification, x.due_on
            FROM plan_actions x JOIN plans p ON p.id = x.plan_id JOIN accounts a ON a.username = x.owner
            WHERE a.email IS NOT NULL AND x.status NOT IN ('done', 'cancelled') AND x.due_on <= $1
              AND EXISTS (SELECT 1 FROM group_members m WHERE m.group_id = p.group_id AND m.username = x.owner)
              AND NOT EXISTS (SELECT 1 FROM reminder_mails r WHERE r.username = a.username AND r.sent_on = $2)
            ORDER BY a.username, x.due_on, x.id
            """, r => (Username: r.GetString(0), Address: r.GetString(1), Action: new RemindedAction(r.GetInt64(2), r.GetString(3), r.GetString(4),
                Codes.Parse<Classification>(r.GetString(5)), r.GetFieldValue<DateOnly>(6))),
            today.AddDays(ReminderMail.DueWithinDays), today), cancel);
        var owners = new List<(string, string, List<RemindedAction>)>();
        foreach (var (username, address, action) in rows)
        {
            if (owners.Count == 0 || owners[^1].Item1 != username) owners.Add((username, address, []));
            owners[^1].Item3.Add(action);
        }
        return owners;
    }

    private async Task<bool> Claim(string username, DateOnly today, string address, List<RemindedAction> actions, CancellationToken cancel) =>
        await units.Run(Access.Viewer.NoOne, work => work.Execute("""
            INSERT INTO reminder_mails (username, sent_on, address, action_ids, marking) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING
            """, username, today, address, actions.Select(a => a.Id).ToArray(), ReminderMail.Marking(actions)), cancel) == 1;

    private Task Release(string username, DateOnly today) => units.Run(Access.Viewer.NoOne,
        work => work.Execute("DELETE FROM reminder_mails WHERE username = $1 AND sent_on = $2", username, today), CancellationToken.None);
}
