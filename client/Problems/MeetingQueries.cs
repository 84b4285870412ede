namespace Hotspots.Client.Problems;

public sealed record MeetingGroup(string Id, string Name, string Chair, List<GroupMember> Members, List<MeetingPlanRef> Plans, List<MeetingRecord> Meetings)
{
    /// <summary>A member's name for the live feed; a username only for someone no longer in the group.</summary>
    public string NameOf(string username) => Members.FirstOrDefault(m => m.Username == username)?.DisplayName ?? username;
}

public sealed record MeetingPlanRef(string Id, string Title, string Status, PlanTypeRef? CaseStudy = null);

public sealed record PlanTypeRef(string? ExploitationType);

public sealed record MeetingRecord(string Id, DateTimeOffset HeldAt, List<string> AttendeeNames, string Minutes, List<string> Decisions, string RecordedByName);

public sealed record MeetingAgenda(DateTimeOffset Since, bool SinceLastMeeting, List<MeetingPlanRef> PlansDueForReview, List<PlanAction> OverdueActions,
    List<PlanWithNewIncidents> PlansWithNewIncidents);

public sealed record PlanWithNewIncidents(MeetingPlanRef Plan, SuppressedCount NewIncidents, SuppressedCount Baseline, DateTimeOffset BaselineFrom, DateTimeOffset BaselineTo);

public static class MeetingQueries
{
    private const string MeetingFields = "id heldAt attendeeNames minutes decisions recordedByName";

    public static Task<MeetingGroup?> MeetingGroup(this GraphQLClient client, string id) => client.Field<MeetingGroup?>("problemSolvingGroup", $$"""
        query($id: ID!) { problemSolvingGroup(id: $id) { id name chair members { username displayName role agency } plans { id title status }
          meetings { {{MeetingFields}} } } }
        """, new { id });

    public static Task<MeetingAgenda> Agenda(this GraphQLClient client, string groupId) => client.Field<MeetingAgenda>("meetingAgenda", $$"""
        query($groupId: ID!) { meetingAgenda(groupId: $groupId) { since sinceLastMeeting plansDueForReview { id title status }
          overdueActions { {{ProblemQueries.ActionFields}} }
          plansWithNewIncidents { plan { id title status caseStudy { exploitationType } } newIncidents { value display }
            baseline { value display } baselineFrom baselineTo } } }
        """, new { groupId });

    public static Task<MeetingRecord> RecordMeeting(this GraphQLClient client, string groupId, DateTimeOffset heldAt, List<string> attendees,
        string minutes, List<string> decisions) =>
        client.Field<MeetingRecord>("recordMeeting", $$"""
            mutation($groupId: ID!, $heldAt: DateTimeOffset!, $attendees: [String!]!, $minutes: String, $decisions: [String!]) {
              recordMeeting(groupId: $groupId, heldAt: $heldAt, attendees: $attendees, minutes: $minutes, decisions: $decisions) { {{MeetingFields}} } }
            """, new { groupId, heldAt, attendees, minutes, decisions });
}
