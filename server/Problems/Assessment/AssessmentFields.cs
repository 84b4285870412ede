using GraphQL;
using GraphQL.Types;
using Hotspots.Access;
using Hotspots.Api;

namespace Hotspots.Problems;

public static class AssessmentFields
{
    public static void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<DisplacementAssessmentType>>("assessPlan")
            .Description("Members of the plan's group: proposes a buffer ring and control area around the plan's areas and compares equal periods " +
                "before and after the response start, with gross change, WDQ, TNE and what they mean. Counts follow your access.")
            .Argument<NonNullGraphType<IdGraphType>>("planId")
            .Argument<FloatGraphType>("bufferMetres", $"Width of the buffer ring, metres; {PlanAssessor.DefaultBufferMetres} unless given.")
            .Argument<IdGraphType>("controlAreaId", "An area to use as control (less target and buffer); the district unless given.")
            .Argument<DateOnlyGraphType>("responseStart", "Where to split the periods; the plan's responseStartedOn unless given.")
            .Argument<IntGraphType>("periodDays", "Length of each period in days; from the response start to today unless given.")
            .ResolveAsync(async c =>
            {
                var assessment = await c.Service<PlanAssessor>().Assess(c.Viewer(), c.GetArgument<long>("planId"),
                    c.GetArgument<double?>("bufferMetres") ?? PlanAssessor.DefaultBufferMetres, c.GetArgument<long?>("controlAreaId"),
                    c.GetArgument<DateOnly?>("responseStart"), c.GetArgument<int?>("periodDays"), c.CancellationToken);
                await c.Service<AuditLog>().Record(c.Viewer(), "assess plan", $"plan:{assessment.PlanId}",
                    new { assessment.Period, assessment.BufferMetres, assessment.ControlDescription, assessment.Suppressed }, cancel: c.CancellationToken);
                return assessment;
            });
}
