using GraphQL;
using GraphQL.Types;
using Hotspots.Api;
using Hotspots.Incidents;
using Hotspots.Places;

namespace Hotspots.Problems;

public static class CaseStudyFields
{
    public static void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<CaseStudyType>>>>("caseStudies")
            .Description("What worked: closed plans of your groups (every group for administrators), most recently closed first. " +
                "All filters are optional and combine with AND.")
            .Argument<StringGraphType>("search", "Words found in the title, problem statement, hypothesis, responses or assessment.")
            .Argument<BusinessSectorType>("sector")
            .Argument<ExploitationTypeType>("exploitationType")
            .Argument<TriangleSideType>("triangleSide")
            .Argument<PlanOutcomeType>("outcome")
            .ResolveAsync(async c => await c.Service<CaseStudyStore>().Find(c.Viewer(), new CaseStudySearch(
                c.GetArgument<string?>("search"), c.GetArgument<BusinessSector?>("sector"), c.GetArgument<ExploitationType?>("exploitationType"),
                c.GetArgument<TriangleSide?>("triangleSide"), c.GetArgument<PlanOutcome?>("outcome")), c.CancellationToken));
}
