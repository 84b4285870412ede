using GraphQL.Types;

namespace Hotspots.Problems;

public sealed class PlanEventKindType : EnumerationGraphType<PlanEventKind>
{
    public PlanEventKindType() => Description = "What happened to the plan.";
}

public sealed class PlanEventType : ObjectGraphType<PlanEvent>
{
    public PlanEventType()
    {
        Name = "PlanEvent";
        Description = "One entry of a plan's timeline.";
        Field(e => e.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(e => e.At);
        Field(e => e.Username).Description("Who did it.");
        Field(e => e.Agency).Description("Their agency.");
        Field(e => e.Kind, type: typeof(NonNullGraphType<PlanEventKindType>));
        Field(e => e.Subject).Description("What it was done to: plan:ID, annotation:ID or action:ID.");
        Field(e => e.Version, nullable: true).Description("The plan's or action's version after the change.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("fields").Description("The fields changed.").Resolve(c => c.Source.Fields);
        Field(e => e.Summary).Description("The change in words.");
    }
}
