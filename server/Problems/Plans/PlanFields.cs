using GraphQL;
using GraphQL.Types;
using Hotspots.Api;

namespace Hotspots.Problems;

public static class PlanFields
{
    public static void AddTo(ObjectGraphType query) =>
        query.Field<ProblemSolvingPlanType>("problemSolvingPlan")
            .Description("One plan by id, or null when there is none or you are not a member of its group.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await c.Service<PlanStore>().ById(c.Viewer(), c.GetArgument<long>("id"), c.CancellationToken));

    public static void AddChangesTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ProblemSolvingPlanType>>("createPlan")
            .Description("Members of the group: starts a plan at SCAN on one or more hotspot or custom areas.")
            .Argument<NonNullGraphType<IdGraphType>>("groupId")
            .Argument<NonNullGraphType<StringGraphType>>("title", "A short name for the plan; cannot be empty.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("areaIds", "Hotspot or custom areas (see areas, createCustomArea).")
            .Argument<PlanChangesInputType>("details", "Anything else already known: objective, scanning, priority, lead…")
            .ResolveAsync(async c => await c.Service<PlanStore>().Create(c.Viewer(), c.GetArgument<long>("groupId"), c.GetArgument<string>("title"),
                c.GetArgument<List<long>>("areaIds"), c.GetArgument<Dictionary<string, object?>?>("details") ?? [], c.CancellationToken));
        mutation.Field<NonNullGraphType<ProblemSolvingPlanType>>("updatePlan")
            .Description("Members of the group: changes the given fields in one step. Refused, with who changed what and when, if the plan is no longer at version.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<NonNullGraphType<IntGraphType>>("version", "The version you read; a change made on an older version is refused.")
            .Argument<NonNullGraphType<PlanChangesInputType>>("changes")
            .ResolveAsync(async c => await c.Service<PlanStore>().Update(c.Viewer(), c.GetArgument<long>("id"), c.GetArgument<int>("version"),
                c.GetArgument<Dictionary<string, object?>>("changes"), c.CancellationToken));
    }
}
