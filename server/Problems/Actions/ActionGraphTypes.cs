using GraphQL.Types;
using Hotspots.Api;

namespace Hotspots.Problems;

public sealed class ActionStatusType : EnumerationGraphType<ActionStatus>
{
    public ActionStatusType() => Description = "OPEN (not started), IN_PROGRESS, DONE, BLOCKED (waiting on something; say what in a comment) or CANCELLED.";
}

public sealed class StrategyObjectiveType : EnumerationGraphType<StrategyObjective>
{
    public StrategyObjectiveType() => Description =
        "The objective of the Kirklees Modern Slavery Strategy the action serves: PREVENTION_AND_EARLY_RESOLUTION, " +
        "PARTNERSHIP_PROBLEM_SOLVING, ENFORCEMENT_AND_DIVERSION or EVALUATION (review and monitoring).";
}

public sealed class RagType : EnumerationGraphType<Rag>
{
    public RagType() => Description = "Red (off track: needs the group's help), amber (at risk) or green (on track), as action trackers mark them.";
}

public sealed class ActionCommentType : ObjectGraphType<ActionComment>
{
    public ActionCommentType()
    {
        Name = "ActionComment";
        Description = "A progress note on an action.";
        Field(c => c.Text);
        Field(c => c.Author).Description("The username of who wrote it.");
        Field(c => c.AuthorName).Description("Their name as the partnership knows them.");
        Field(c => c.Agency);
        Field(c => c.CreatedAt);
        Field(c => c.Rag, type: typeof(RagType)).Description("The status its author reported with it, if any.");
    }
}

public sealed class PlanActionType : ObjectGraphType<PlanAction>
{
    public PlanActionType()
    {
        Name = "PlanAction";
        Description = "Who does what by when, for one plan.";
        Field(a => a.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(a => a.PlanId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(a => a.PlanTitle).Description("The title of its plan, for lists across plans.");
        Field(a => a.What).Description("What is to be done.");
        Field(a => a.OwningAgency).Description("The agency responsible, by code.");
        Field(a => a.Owner).Description("The username of the member responsible.");
        Field(a => a.OwnerName).Description("The name of the member responsible, as the partnership knows them.");
        Field(a => a.Rag, type: typeof(RagType)).Description("The latest red/amber/green status reported in an update note; none until one is.");
        Field(a => a.DueOn);
        Field(a => a.Status, type: typeof(NonNullGraphType<ActionStatusType>));
        Field(a => a.Objective, type: typeof(NonNullGraphType<StrategyObjectiveType>));
        Field(a => a.CompletedOn, nullable: true).Description("When it was marked DONE.");
        Field<NonNullGraphType<BooleanGraphType>>("overdue")
            .Description("True when its due date has passed and it is neither DONE nor CANCELLED.")
            .Resolve(c => c.Source.OverdueOn(c.Service<ActionStore>().Today));
        Field(a => a.Version).Description("Give this back to updateAction: a change made on an older version is refused.");
        Field(a => a.CreatedBy);
        Field(a => a.CreatedAt);
        Field(a => a.UpdatedBy);
        Field(a => a.UpdatedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActionCommentType>>>>("comments").Description("Update notes, oldest first.").Resolve(c => c.Source.Comments);
        Field<ActionCommentType>("latestNote").Description("The most recent update note, for trackers and packs that show one line per action.")
            .Resolve(c => c.Source.Comments.LastOrDefault());
    }
}

public sealed class ActionChangesInputType : InputObjectGraphType
{
    public ActionChangesInputType()
    {
        Name = "ActionChanges";
        Description = "The action fields to set; only those given are changed.";
        Field<StringGraphType>("what");
        Field<ActionStatusType>("status");
        Field<DateOnlyGraphType>("dueOn");
        Field<StringGraphType>("owner").Description("A member of the group who works for the owning agency.");
        Field<StringGraphType>("owningAgency").Description("An agency of one of the group's members.");
        Field<StrategyObjectiveType>("objective");
    }
}
