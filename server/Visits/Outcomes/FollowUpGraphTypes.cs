using GraphQL.Types;

namespace Hotspots.Visits;

public sealed class FollowUpInputType : InputObjectGraphType<FollowUp>
{
    public FollowUpInputType()
    {
        Name = "FollowUpInput";
        Description = "Something to do after the visit; it becomes an action in the problem-solving workspace.";
        Field(f => f.What);
        Field(f => f.OwningAgency).Description("Agency code, e.g. housing.");
        Field(f => f.Owner).Description("Username of the person in that agency who owns it (a member of the plan's group).");
        Field(f => f.DueOn);
    }
}

public sealed class RecordedFollowUpType : ObjectGraphType<RecordedFollowUp>
{
    public RecordedFollowUpType()
    {
        Name = "FollowUp";
        Description = "A follow-up recorded on a visit and the problem-solving action it became.";
        Field(f => f.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(f => f.What);
        Field(f => f.OwningAgency);
        Field(f => f.Owner);
        Field(f => f.DueOn);
        Field(f => f.ActionId, type: typeof(IdGraphType)).Description("The action in the plan (see myActions); null while it waits.");
        Field(f => f.WaitingReason, nullable: true).Description("Why it is not an action yet, e.g. no plan is linked to the operation.");
    }
}
