using GraphQL;
using GraphQL.Types;
using Hotspots.Access;
using Hotspots.Api;

namespace Hotspots.Analysis;

public static class AnalysisFields
{
    public static void AddTo(ObjectGraphType query) =>
        query.Field<AnalysisRunType>("analysisRun")
            .Description("Reopens a saved run exactly as it was; null when there is none you may see.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await c.Service<AnalysisRunStore>().ById(c.Viewer(), c.GetArgument<long>("id"), c.CancellationToken));

    public static void AddChangesTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<Areas.AreaType>>("saveHotspot")
            .Description("Saves one hotspot of a run (by its number) as an area of kind HOTSPOT, with its statistics, for problem-solving plans.")
            .Argument<NonNullGraphType<IdGraphType>>("runId")
            .Argument<NonNullGraphType<IntGraphType>>("number", "The hotspot's number in the run.")
            .Argument<NonNullGraphType<StringGraphType>>("name", "What the partnership calls it, e.g. Huddersfield town centre.")
            .ResolveAsync(async c => await c.Service<SavedHotspots>().Save(c.Viewer(), c.GetArgument<long>("runId"),
                c.GetArgument<int>("number"), c.GetArgument<string>("name"), c.CancellationToken));
        mutation.Field<NonNullGraphType<AnalysisRunType>>("runAnalysis")
            .Description("Runs a hotspot analysis on the incidents you may see that match the filter, and saves the run.")
            .Argument<NonNullGraphType<AnalysisRequestInputType>>("request")
            .ResolveAsync(async c =>
            {
                var viewer = c.Viewer();
                try
                {
                    var run = await c.Service<AnalysisRunner>().Run(viewer, c.GetArgument<AnalysisRequest>("request"), c.CancellationToken);
                    await c.Service<AuditLog>().Record(viewer, "run analysis", $"analysis:{run.Id}", new { run.Method, run.IncidentCount }, cancel: c.CancellationToken);
                    return run;
                }
                catch (AnalysisInputException e)
                {
                    throw new ExecutionError(e.Message);
                }
            });
    }
}
