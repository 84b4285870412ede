using GraphQL.Types;
using Hotspots.Api;
using Hotspots.Areas;

namespace Hotspots.Problems;

public sealed class ProblemSolvingPlanType : ObjectGraphType<ProblemSolvingPlan>
{
    public ProblemSolvingPlanType()
    {
        Name = "ProblemSolvingPlan";
        Description = "A problem-solving plan (OSARA) on one or more areas, worked on by one group.";
        Field(p => p.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(p => p.GroupId, type: typeof(NonNullGraphType<IdGraphType>)).Description("The group that owns it.");
        Field(p => p.Title);
        Field(p => p.Status, type: typeof(NonNullGraphType<PlanStatusType>));
        Field(p => p.Priority, type: typeof(NonNullGraphType<PlanPriorityType>));
        Field(p => p.Classification, type: typeof(NonNullGraphType<ClassificationType>));
        Field(p => p.ReviewOn, nullable: true).Description("When the group should next review it; it appears on the meeting agenda from then.");
        Field(p => p.LeadAgency, nullable: true).Description("The agency leading the plan, by code.");
        Field(p => p.LeadOfficer, nullable: true).Description("The officer leading the plan.");
        Field<NonNullGraphType<PlanObjectiveType>>("objective").Resolve(c => c.Source);
        Field<NonNullGraphType<PlanScanningType>>("scanning").Resolve(c => c.Source);
        Field<NonNullGraphType<PlanAnalysisType>>("analysis").Resolve(c => c.Source);
        Field<NonNullGraphType<PlanResponseType>>("response").Resolve(c => c.Source);
        Field(p => p.Assessment, nullable: true).Description("A of OSARA: the group's written assessment; assessPlan gives the displacement figures.");
        Field<NonNullGraphType<PlanCaseStudyType>>("caseStudy").Description("What the plan was about and what came of it, filled in on closing: " +
            "closed plans are found by these among caseStudies.").Resolve(c => c.Source);
        Field(p => p.Version).Description("Give this back to updatePlan: a change made on an older version is refused, never silently overwritten.");
        Field(p => p.CreatedBy);
        Field(p => p.CreatedAt);
        Field(p => p.UpdatedBy);
        Field(p => p.UpdatedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AreaType>>>>("areas")
            .Description("The hotspot or custom areas the plan works on.")
            .Resolve(c => c.Batch<long, Area>("areas", (services, ids, cancel) => services.GetRequiredService<AreaSearch>().ByIds(ids, cancel))
                .LoadMany(c.Source.AreaIds));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AnnotationType>>>>("annotations")
            .Description("Notes pinned to the map, oldest first, each with its replies.")
            .ResolveAsync(async c => await c.Service<AnnotationStore>().ForPlan(c.Source.Id, c.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanActionType>>>>("actions")
            .Description("Who does what by when, by due date.")
            .ResolveAsync(async c => await c.Service<ActionStore>().ForPlan(c.Source.Id, c.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PlanEventType>>>>("timeline")
            .Description("Every change, annotation and action on the plan in the order they happened, with who did it.")
            .ResolveAsync(async c => await c.Service<PlanTimeline>().For(c.Source.Id, c.CancellationToken));
    }
}
