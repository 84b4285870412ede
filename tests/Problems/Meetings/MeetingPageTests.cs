using System.Globalization;
using Hotspots.Tests.Access;
using Hotspots.Tests.Api;
using Hotspots.Tests.Map;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hotspots.Tests.Problems.Meetings;

/// <summary>
/// A partnership meeting at 1440×900: the chair reads the last meeting's minutes and an agenda whose empty sections say
/// so; the health partner reports amber on her action from My actions and the chair's screen shows it live; the chair
/// records today's meeting with attendees ticked from the members.
/// </summary>
public sealed class MeetingPageTests(BrowserApp app) : IClassFixture<BrowserApp>
{
    private const string Action = "Ask the walk-in centre about workers from the car wash";

    [Fact]
    public async Task The_chair_reads_past_minutes_sees_a_partners_amber_update_live_and_records_the_meeting_with_members_ticked()
    {
        var areaId = await app.Scalar<long>("""
            INSERT INTO areas (name, kind, boundary) VALUES ('Batley Road hotspot', 'hotspot', ST_Multi(ST_MakeEnvelope(424000, 423000, 425000, 424000, 27700))) RETURNING id
            """);
        using var chairApi = await app.SignedIn("chair.council");
        var groupId = (await chairApi.Data("mutation { createGroup(name: \"Batley car washes\", chair: \"chair.council\", members: [\"analyst.police\", \"partner.health\"]) { id } }"))
            ["createGroup"]!["id"]!.GetValue<string>();
        using var police = await app.SignedIn("analyst.police");
        var planId = (await police.Data("mutation($g: ID!, $a: [ID!]!) { createPlan(groupId: $g, title: \"Car washes on Bradford Road\", areaIds: $a) { id } }",
            new { g = groupId, a = new[] { areaId.ToString() } }))["createPlan"]!["id"]!.GetValue<string>();
        await police.Data($"mutation {{ assignAction(planId: {planId}, what: \"{Action}\", owningAgency: \"health\", owner: \"partner.health\", dueOn: \"{ProblemsFixture.Day(7)}\", objective: PREVENTION_AND_EARLY_RESOLUTION) {{ id }} }}");
        var lastMeeting = DateTime.UtcNow.Date.AddDays(-14).AddHours(10);
        await chairApi.Data($"mutation {{ recordMeeting(groupId: {groupId}, heldAt: \"{lastMeeting:O}\", attendees: [\"chair.council\", \"analyst.police\"], minutes: \"Agreed a joint visit with HMRC\", decisions: [\"Police to map the sites\"]) {{ id }} }}");

        var chair = await WideScreen.SignedIn(app, "chair.council");
        await chair.GotoAsync($"{app.BaseAddress}/groups/{groupId}/meeting");
        await Expect(chair.Locator("main.meeting[data-live='true']")).ToBeVisibleAsync();
        var past = chair.GetByRole(AriaRole.Region, new() { Name = "Past meetings" });
        var earlier = past.GetByRole(AriaRole.Article, new() { Name = $"Meeting of {lastMeeting.ToLocalTime().ToString("d MMM yyyy", CultureInfo.InvariantCulture)}" });
        await Expect(earlier).ToContainTextAsync("Attended: Helen Firth (Safer Kirklees, chair), Priya Shah (police analyst)");
        await Expect(earlier).ToContainTextAsync("Agreed a joint visit with HMRC");
        await Expect(earlier).ToContainTextAsync("Police to map the sites");
        var agenda = chair.GetByRole(AriaRole.Region, new() { Name = "Agenda" });
        await Expect(agenda).ToContainTextAsync("No plan is due for review.");
        await Expect(agenda).ToContainTextAsync("No action is overdue.");
        await Expect(agenda).ToContainTextAsync($"Since the last meeting, on {lastMeeting.ToLocalTime().ToString("d MMM yyyy", CultureInfo.InvariantCulture)}.");

        var anna = await WideScreen.SignedIn(app, "partner.health");
        await anna.GetByRole(AriaRole.Navigation, new() { Name = "Pages" }).GetByRole(AriaRole.Link, new() { Name = "My actions" }).ClickAsync();
        var row = anna.GetByRole(AriaRole.Region, new() { Name = "Mine" }).GetByRole(AriaRole.Row).Filter(new() { HasText = Action });
        await row.GetByText("Add an update").ClickAsync();
        await row.GetByLabel($"Update note on {Action}").FillAsync("Two workers seen; interpreter booked for Thursday");
        await row.GetByLabel($"RAG of {Action}").SelectOptionAsync("AMBER");
        await row.GetByRole(AriaRole.Button, new() { Name = "Save update" }).ClickAsync();
        try
        {
            await Expect(anna.GetByRole(AriaRole.Status).Filter(new() { HasText = "saved" })).ToHaveTextAsync($"Update on \"{Action}\" saved, marked amber.");
        }
        catch (PlaywrightException e)
        {
            await WideScreen.Shot(anna, "my-actions-failed");
            throw new Xunit.Sdk.XunitException($"{e.Message}\nBrowser console: {string.Join(" | ", app.ConsoleErrors[anna])}");
        }
        await Expect(row.Locator(".rag")).ToHaveTextAsync("Amber");
        await Expect(row).ToContainTextAsync("Two workers seen; interpreter booked for Thursday");
        await WideScreen.Shot(anna, "my-actions");

        var actionOnChair = chair.GetByRole(AriaRole.Row).Filter(new() { HasText = Action });
        await Expect(actionOnChair.Locator(".rag")).ToHaveTextAsync("Amber");
        await Expect(actionOnChair).ToContainTextAsync("Two workers seen; interpreter booked for Thursday");
        await Expect(actionOnChair).ToContainTextAsync("Dr Anna Kowalski (health)");
        await Expect(chair.Locator(".live-changes li").First).ToContainTextAsync($"Dr Anna Kowalski (health): Reported amber on \"{Action}\"");

        var form = chair.GetByRole(AriaRole.Form, new() { Name = "Minutes and decisions" });
        await form.GetByLabel("Held on").FillAsync(DateTime.Today.ToString("yyyy-MM-dd"));
        await form.GetByLabel("Helen Firth (Safer Kirklees, chair)").CheckAsync();
        await form.GetByLabel("Dr Anna Kowalski (health)").CheckAsync();
        await form.GetByLabel("Minutes", new() { Exact = true }).FillAsync("Health update taken; visit stays booked");
        await form.GetByLabel("Decisions (one per line)").FillAsync("Keep the plan in Respond");
        await form.GetByRole(AriaRole.Button, new() { Name = "Record meeting" }).ClickAsync();
        await Expect(form.GetByRole(AriaRole.Status)).ToHaveTextAsync($"Recorded the meeting of {DateTime.Today.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}.");
        await Expect(past.GetByRole(AriaRole.Article)).ToHaveCountAsync(2);
        await Expect(past.GetByRole(AriaRole.Article).First).ToContainTextAsync("Attended: Helen Firth (Safer Kirklees, chair), Dr Anna Kowalski (health)");
        await Expect(agenda).ToContainTextAsync($"Since the last meeting, on {DateTime.Today.ToString("d MMM yyyy", CultureInfo.InvariantCulture)}.");
        await WideScreen.Shot(chair, "meeting");
        Assert.Empty(app.ConsoleErrors[chair]);
        Assert.Empty(app.ConsoleErrors[anna]);
        Assert.Equal(["chair.council", "partner.health"], await app.Scalar<string[]>($"SELECT attendees FROM meetings WHERE group_id = {groupId} ORDER BY held_at DESC LIMIT 1"));
    }
}
