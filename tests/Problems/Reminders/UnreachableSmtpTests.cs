using Hotspots.Tests.Api;
using Microsoft.AspNetCore.Hosting;

namespace Hotspots.Tests.Problems.Reminders;

/// <summary>Hotspots:Smtp names a loopback port nothing listens on; analyst.police owns an action due tomorrow.</summary>
public sealed class UnreachableSmtp : ReminderMailFixture
{
    protected override int SmtpPort { get; } = LoopbackSmtp.FreePort();
}

public sealed class UnreachableSmtpTests(UnreachableSmtp app) : IClassFixture<UnreachableSmtp>
{
    [Fact]
    public async Task An_unreachable_smtp_host_is_logged_the_in_app_list_still_works_and_the_next_check_sends_once_it_is_back()
    {
        var groupId = await app.CreateGroup();
        using var police = await app.SignedIn("analyst.police");
        var planId = (await app.CreatePlan(police, groupId))["id"]!.GetValue<string>();
        await ReminderMailFixture.Assign(police, planId, "Check the car wash licence", "analyst.police", 1);
        await app.GiveAddresses();

        Assert.Equal(0, await ReminderMailFixture.Mailer(app.Factory).SendDue(CancellationToken.None));
        Assert.Contains(app.Log.Entries, e => e.StartsWith("Warning") && e.Contains("could not be reached") && e.Contains("127.0.0.1"));
        Assert.DoesNotContain(app.Log.Entries, e => e.Contains("analyst.police") || e.Contains("car wash"));
        Assert.Equal(0L, await app.Scalar<long>("SELECT count(*) FROM reminder_mails"));
        var reminders = (await police.Data("{ actionReminders { what } }"))["actionReminders"]!.AsArray();
        Assert.Equal("Check the car wash licence", Assert.Single(reminders)!["what"]!.GetValue<string>());

        await using var smtp = new LoopbackSmtp();
        await using var back = app.Factory.WithWebHostBuilder(web => web.UseSetting("Hotspots:Smtp:Port", smtp.Port.ToString()));
        Assert.Equal(1, await ReminderMailFixture.Mailer(back).SendDue(CancellationToken.None));
        Assert.Equal(["analyst.police@kirklees.example"], Assert.Single(smtp.Received).Envelope);
    }
}

public sealed class NoSmtpTests(ProblemsFixture app) : IClassFixture<ProblemsFixture>
{
    [Fact]
    public async Task Without_smtp_configured_nothing_is_sent_or_recorded_and_the_in_app_list_still_works()
    {
        var groupId = await app.CreateGroup();
        using var police = await app.SignedIn("analyst.police");
        var planId = (await app.CreatePlan(police, groupId))["id"]!.GetValue<string>();
        await ReminderMailFixture.Assign(police, planId, "Check the car wash licence", "analyst.police", 1);
        Assert.Equal("analyst.police@kirklees.example",
            (await police.Data("mutation { setReminderEmail(address: \" analyst.police@kirklees.example \") }"))["setReminderEmail"]!.GetValue<string>());
        var (_, refused) = await police.Post("mutation { setReminderEmail(address: \"analyst.police at kirklees\") }");
        Assert.Contains("is not an e-mail address", refused["errors"]![0]!["message"]!.GetValue<string>());
        Assert.Equal("analyst.police@kirklees.example", await app.Scalar<string>("SELECT email FROM accounts WHERE username = 'analyst.police'"));

        var mailer = ReminderMailFixture.Mailer(app.Factory);
        Assert.Null(mailer.Smtp);
        Assert.Equal(0, await mailer.SendDue(CancellationToken.None));
        Assert.Equal(0L, await app.Scalar<long>("SELECT count(*) FROM reminder_mails"));
        Assert.Single((await police.Data("{ actionReminders { what } }"))["actionReminders"]!.AsArray());
    }
}
