namespace Hotspots.Client.Problems;

public sealed record MeetingGroup(string Id, string Name, string Chair, List<MeetingPlanRef> Plans, List<MeetingRecord> Meetings);

public sealed record MeetingPlanRef(string Id, string Title, string Status);

public sealed record MeetingRecord(string Id, DateTimeOffset HeldAt, List<string> Attendees, string Minutes, List<string> Decisions, string RecordedBy);

public sealed record MeetingAgenda(List<MeetingPlanRef> PlansDueForReview, List<PlanAction> OverdueActions, List<PlanWithNewIncidents> PlansWithNewIncidents);

public sealed record PlanWithNewIncidents(MeetingPlanRef Plan, SuppressedCount NewIncidents);

public static class MeetingQueries
{
    public static Task<MeetingGroup?> MeetingGroup(this GraphQLClient client, string id) => client.Field<MeetingGroup?>("problemSolvingGroup", """
        query($id: ID!) { problemSolvingGroup(id: $id) { id name chair plans { id title status }
          meetings { id heldAt attendees minutes decisions recordedBy } } }
        """, new { id });

    public static Task<MeetingAgenda> Agenda(this GraphQLClient client, string groupId) => client.Field<MeetingAgenda>("meetingAgenda", """
        query($groupId: ID!) { meetingAgenda(groupId: $groupId) { plansDueForReview { id title status }
          overdueActions { id planId planTitle what owningAgency owner dueOn status objective overdue version }
          plansWithNewIncidents { plan { id title status } newIncidents { value display } } } }
        """, new { groupId });

    public static Task<MeetingRecord> RecordMeeting(this GraphQLClient client, string groupId, List<string> attendees, string minutes, List<string> decisions) =>
        client.Field<MeetingRecord>("recordMeeting", """
            mutation($groupId: ID!, $heldAt: DateTimeOffset!, $attendees: [String!]!, $minutes: String, $decisions: [String!]) {
              recordMeeting(groupId: $groupId, heldAt: $heldAt, attendees: $attendees, minutes: $minutes, decisions: $decisions) {
                id heldAt attendees minutes decisions recordedBy } }
            """, new { groupId, heldAt = DateTimeOffset.UtcNow, attendees, minutes, decisions });
}
