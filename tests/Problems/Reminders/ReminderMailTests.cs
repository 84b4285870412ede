using Hotspots.Tests.Api;
using Microsoft.AspNetCore.Hosting;

namespace Hotspots.Tests.Problems.Reminders;

/// <summary>
/// analyst.police owns an overdue action and one due in 3 days on an OFFICIAL-SENSITIVE plan (with a victim's name in a
/// comment), and one due in 30 days; partner.housing owns one due today and one done; chair.council, without an address,
/// one due tomorrow. Then today's reminders are sent once.
/// </summary>
public sealed class ReminderMailSent : ReminderMailFixture
{
    public LoopbackSmtp Smtp { get; } = new();
    public int FirstRun { get; private set; }
    protected override int SmtpPort => Smtp.Port;

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var groupId = await CreateGroup();
        using var police = await SignedIn("analyst.police");
        var carWash = (await CreatePlan(police, groupId, "Car washes on Bradford Road", new { classification = "OFFICIAL_SENSITIVE" }))["id"]!.GetValue<string>();
        var flats = (await CreatePlan(police, groupId, "Flats above shops"))["id"]!.GetValue<string>();
        var licence = await Assign(police, carWash, "Check the car wash licence", "analyst.police", 3);
        await police.Data($"mutation {{ commentOnAction(actionId: {licence}, text: \"Victim Maria Ionescu, 17, seen there\") {{ id }} }}");
        var figures = await Assign(police, flats, "Ask for NRM figures", "analyst.police", 1);
        await Execute("UPDATE plan_actions SET due_on = current_date - 2 WHERE id = $1", long.Parse(figures));
        await Assign(police, flats, "Talk to the letting agent", "analyst.police", 30);
        await Assign(police, flats, "Visit the flats with licensing", "partner.housing", 0);
        var done = await Assign(police, flats, "Read the tenancy list", "partner.housing", 2);
        await Execute("UPDATE plan_actions SET status = 'done' WHERE id = $1", long.Parse(done));
        await Assign(police, flats, "Book the meeting room", "chair.council", 1);
        await GiveAddresses();
        FirstRun = await Mailer(Factory).SendDue(CancellationToken.None);
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Smtp.DisposeAsync();
    }
}

public sealed class ReminderMailTests(ReminderMailSent app) : IClassFixture<ReminderMailSent>
{
    [Fact]
    public void Each_owner_with_an_address_gets_one_email_of_their_overdue_and_due_soon_actions_and_no_victim_detail()
    {
        Assert.Equal(2, app.FirstRun);
        Assert.Equal(2, app.Smtp.Received.Count);
        var police = Assert.Single(app.Smtp.Received, m => m.Envelope.SequenceEqual(["analyst.police@kirklees.example"])).Message;
        Assert.Equal("analyst.police@kirklees.example", police.To.ToString());
        Assert.Equal("hotspots@kirklees.example", police.From.ToString());
        Assert.Equal("[OFFICIAL-SENSITIVE] Hotspots reminder: 1 overdue, 1 due soon", police.Subject);
        var text = police.TextBody;
        Assert.StartsWith("OFFICIAL-SENSITIVE", text);
        Assert.Contains($"Overdue (1):\n- Ask for NRM figures (plan: Flats above shops), due {ProblemsFixture.Day(-2)}", text);
        Assert.Contains($"- Check the car wash licence (plan: Car washes on Bradford Road), due {ProblemsFixture.Day(3)}", text);
        Assert.Contains($"{ReminderMailFixture.Link}/actions", text);
        Assert.DoesNotContain("letting agent", text);
        Assert.DoesNotContain("Maria", text);

        var housing = Assert.Single(app.Smtp.Received, m => m.Envelope.SequenceEqual(["partner.housing@kirklees.example"])).Message;
        Assert.Equal("[OFFICIAL] Hotspots reminder: 0 overdue, 1 due soon", housing.Subject);
        Assert.Contains($"- Visit the flats with licensing (plan: Flats above shops), due {ProblemsFixture.Day(0)}", housing.TextBody);
        Assert.DoesNotContain("tenancy", housing.TextBody);
        Assert.DoesNotContain(app.Smtp.Received, m => m.Message.TextBody?.Contains("meeting room") == true);
    }

    [Fact]
    public async Task A_second_check_or_a_restarted_server_the_same_day_sends_nothing_more()
    {
        Assert.Equal(0, await ReminderMailFixture.Mailer(app.Factory).SendDue(CancellationToken.None));
        await using (var restarted = app.Factory.WithWebHostBuilder(_ => { }))
            Assert.Equal(0, await ReminderMailFixture.Mailer(restarted).SendDue(CancellationToken.None));
        Assert.Equal(2, app.Smtp.Received.Count);
        Assert.Equal(3L, await app.Scalar<long>("SELECT sum(cardinality(action_ids)) FROM reminder_mails WHERE sent_on = current_date"));
    }
}
