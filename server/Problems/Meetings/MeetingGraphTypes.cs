using GraphQL.Types;
using Hotspots.Incidents;

namespace Hotspots.Problems;

public sealed class MeetingType : ObjectGraphType<Meeting>
{
    public MeetingType()
    {
        Name = "Meeting";
        Description = "The record of a group's meeting.";
        Field(m => m.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(m => m.GroupId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(m => m.HeldAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("attendees").Description("Who attended: the members' usernames.").Resolve(c => c.Source.Attendees);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("attendeeNames")
            .Description("Who attended, by name, in the order of attendees.").Resolve(c => c.Source.AttendeeNames);
        Field(m => m.Minutes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("decisions").Description("What was decided, one per item.").Resolve(c => c.Source.Decisions);
        Field(m => m.RecordedBy);
        Field(m => m.RecordedByName).Description("Who recorded it, by name.");
        Field(m => m.RecordedAt);
    }
}

public sealed class PlanWithNewIncidentsType : ObjectGraphType<PlanWithNewIncidents>
{
    public PlanWithNewIncidentsType()
    {
        Name = "PlanWithNewIncidents";
        Description = "An open plan whose areas had incidents (of the plan's exploitation type, when it has one) that occurred since the last meeting.";
        Field<NonNullGraphType<ProblemSolvingPlanType>>("plan").Resolve(c => c.Source.Plan);
        Field<NonNullGraphType<SuppressedCountType>>("newIncidents")
            .Description("How many, as your map counts them: records you see in full, plus the counts your map shows for cells (those counted " +
                "in cells by whole months, from the start of the month of the last meeting); withheld cells are noted, never added.")
            .Resolve(c => c.Source.NewIncidents.Shown);
        Field<NonNullGraphType<SuppressedCountType>>("baseline")
            .Description("The same count over as many days again, ending when the plan began or at the last meeting, whichever came first; " +
                "counted as newIncidents is: what was usual before the work.")
            .Resolve(c => c.Source.Baseline.Shown);
        Field(p => p.BaselineFrom).Description("When the baseline period starts.");
        Field(p => p.BaselineTo).Description("When the baseline period ends: the plan's start or the last meeting, whichever came first.");
    }
}

public sealed class AgendaType : ObjectGraphType<Agenda>
{
    public AgendaType()
    {
        Name = "Agenda";
        Description = "What the group's next meeting should look at.";
        Field(a => a.GroupId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(a => a.Since).Description("When the last meeting was held (or 28 days ago when there has been none): incidents that occurred from then are counted.");
        Field(a => a.SinceLastMeeting).Description("False when the group has no meeting on record yet.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProblemSolvingPlanType>>>>("plansDueForReview")
            .Description("Open plans whose review date has come.").Resolve(c => c.Source.PlansDueForReview);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanActionType>>>>("overdueActions")
            .Description("Actions past their due date that are neither DONE nor CANCELLED.").Resolve(c => c.Source.OverdueActions);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanWithNewIncidentsType>>>>("plansWithNewIncidents").Resolve(c => c.Source.PlansWithNewIncidents);
    }
}
