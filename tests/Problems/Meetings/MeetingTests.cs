using Hotspots.Tests.Api;

namespace Hotspots.Tests.Problems.Meetings;

public sealed class MeetingTests(AssessmentFixture app) : IClassFixture<AssessmentFixture>
{
    [Fact]
    public async Task The_agenda_shows_plans_due_for_review_overdue_actions_and_new_incidents_then_a_meeting_is_recorded()
    {
        var groupId = await app.CreateGroup();
        using var police = await app.SignedIn("analyst.police");
        var plan = await app.CreatePlan(police, groupId, details: new { reviewOn = ProblemsFixture.Day(-1) });
        var planId = plan["id"]!.GetValue<string>();
        var action = (await police.Data($"mutation {{ assignAction(planId: {planId}, what: \"Review NRM referrals\", owningAgency: \"police\", owner: \"analyst.police\", dueOn: \"{ProblemsFixture.Day(0)}\", objective: EVALUATION) {{ id }} }}"))["assignAction"]!["id"]!.GetValue<string>();
        await app.Execute($"UPDATE plan_actions SET due_on = current_date - 3 WHERE id = {action}");
        // Four police incidents in the plan's area an hour ago (the fixture's others occurred in 2025, long before).
        await app.Execute("""
            INSERT INTO incidents (location, occurred_from, exploitation_type, victim_age_group, source_agency, source_reference, location_precision, sensitivity)
            SELECT ST_SetSRID(ST_MakePoint(414500 + g, 416500), 27700), now() - interval '1 hour', 'sexual', 'adult', 'police', 'NEW-' || g, 'exact', 'official'
            FROM generate_series(1, 4) g
            """);

        var agenda = (await police.Data($"{{ meetingAgenda(groupId: {groupId}) {{ sinceLastMeeting plansDueForReview {{ id }} overdueActions {{ id overdue }} plansWithNewIncidents {{ plan {{ id }} newIncidents {{ value }} baseline {{ value }} }} }} }}"))["meetingAgenda"]!;
        Assert.False(agenda["sinceLastMeeting"]!.GetValue<bool>());
        Assert.Equal(planId, agenda["plansDueForReview"]![0]!["id"]!.GetValue<string>());
        Assert.True(agenda["overdueActions"]![0]!["overdue"]!.GetValue<bool>());
        Assert.Equal(4, agenda["plansWithNewIncidents"]![0]!["newIncidents"]!["value"]!.GetValue<int>());
        // The fixture's other incidents occurred in 2025, so none fall in the four weeks before the last 28 days.
        Assert.Equal(0, agenda["plansWithNewIncidents"]![0]!["baseline"]!["value"]!.GetValue<int>());

        var reminders = (await police.Data("{ actionReminders(withinDays: 7) { id overdue } myActions { id } myAgencyActions { id } }"));
        Assert.Contains(reminders["actionReminders"]!.AsArray(), a => a!["id"]!.GetValue<string>() == action);
        Assert.Contains(reminders["myAgencyActions"]!.AsArray(), a => a!["id"]!.GetValue<string>() == action);

        using var chair = await app.SignedIn("chair.council");
        var meeting = (await chair.Data($"mutation {{ recordMeeting(groupId: {groupId}, heldAt: \"{DateTime.UtcNow:O}\", attendees: [\"chair.council\", \"analyst.police\"], minutes: \"Reviewed\", decisions: [\"Keep the plan open\"]) {{ id decisions attendeeNames }} }}"))["recordMeeting"]!;
        Assert.Equal("Keep the plan open", meeting["decisions"]![0]!.GetValue<string>());
        Assert.Equal(["Helen Firth (Safer Kirklees, chair)", "Priya Shah (police analyst)"], meeting["attendeeNames"]!.AsArray().Select(n => n!.GetValue<string>()));
        var stranger = (await chair.Post($"mutation {{ recordMeeting(groupId: {groupId}, heldAt: \"{DateTime.UtcNow:O}\", attendees: [\"chair.council\", \"partner.health\"]) {{ id }} }}")).Body.FirstError();
        Assert.Contains("not members: partner.health", stranger);
        var future = (await chair.Post($"mutation {{ recordMeeting(groupId: {groupId}, heldAt: \"{DateTime.UtcNow.AddDays(3):O}\", attendees: [\"chair.council\"]) {{ id }} }}")).Body.FirstError();
        Assert.Contains("in the future", future);
        Assert.Equal(1L, await app.Scalar<long>($"SELECT count(*) FROM meetings WHERE group_id = {groupId}"));
        var after = (await police.Data($"{{ meetingAgenda(groupId: {groupId}) {{ sinceLastMeeting plansWithNewIncidents {{ plan {{ id }} }} }} }}"))["meetingAgenda"]!;
        Assert.True(after["sinceLastMeeting"]!.GetValue<bool>());
        Assert.Empty(after["plansWithNewIncidents"]!.AsArray());
    }
}
