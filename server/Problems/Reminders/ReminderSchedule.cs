using Npgsql;

namespace Hotspots.Problems;

/// <summary>
/// Checks every quarter of an hour, from Hotspots:Smtp:SendFromHour (UTC) on, for reminder e-mails not yet sent today; the
/// record of what was sent makes each check after the first one that day a no-op. Without SMTP configured it stops at once.
/// </summary>
public sealed class ReminderSchedule(ReminderMailer mailer, TimeProvider clock, ILogger<ReminderSchedule> log) : BackgroundService
{
    private static readonly TimeSpan Every = TimeSpan.FromMinutes(15);

    protected override async Task ExecuteAsync(CancellationToken stopping)
    {
        if (mailer.Smtp is not { } smtp) return;
        using var timer = new PeriodicTimer(Every, clock);
        while (await timer.WaitForNextTickAsync(stopping))
        {
            if (clock.GetUtcNow().Hour < smtp.SendFromHour) continue;
            try
            {
                await mailer.SendDue(stopping);
            }
            catch (NpgsqlException e)
            {
                log.LogWarning(e, "Reminder e-mails not sent: the database did not answer; they will be tried again at the next check");
            }
        }
    }
}
