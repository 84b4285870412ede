using GraphQL;
using GraphQL.Types;
using Hotspots.Access;
using Hotspots.Api;
using Hotspots.Database;
using Hotspots.Incidents;

namespace Hotspots.Analysis;

public static class AnalysisFields
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<AnalysisRunType>("analysisRun")
            .Description("Reopens a saved run exactly as it was. Whoever ran it may; anyone else only when they now see in full every incident " +
                "it used and, for a run on generalised incidents, has the role and agency of whoever ran it. Null when there is no run you may open, " +
                "whether or not it exists. Audited, refusals too.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await c.Service<AnalysisRunStore>().ById(c.Viewer(), c.GetArgument<long>("id"), c.CancellationToken));
        query.Field<NonNullGraphType<IncidentTrendType>>("incidentTrend")
            .Description("Incidents you may see per time step, e.g. inside one Gi* cell (boundingBox in BRITISH_NATIONAL_GRID) or a saved hotspot (areaId). " +
                "Counts are exact for records you see in full; counted cells take part in monthly steps only, at the count your map shows for that month (cells withheld there add nothing and are mentioned in display).")
            .Argument<NonNullGraphType<IncidentFilterInputType>>("filter")
            .Argument<TimeStepType>("timeStep", "Length of a step (MONTH).")
            .ResolveAsync(async c =>
            {
                var filter = c.GetArgument<IncidentFilter>("filter");
                var trend = await c.Service<IncidentTrends>().Count(c.Viewer(), filter, c.GetArgument<TimeStep?>("timeStep") ?? TimeStep.Month, c.CancellationToken);
                await c.Service<AuditLog>().Record(c.Viewer(), "view incident trend", null, new { filter = filter.Audited() }, cancel: c.CancellationToken);
                return trend;
            });
        query.Field<NonNullGraphType<HotspotEvaluationType>>("evaluateHotspots")
            .Description("Did a run's hotspot map predict? PAI and RRI of its hotspots (cells at 95 % or more) against the incidents of a later period " +
                "that you may see, counted on the run's own grid.")
            .Argument<NonNullGraphType<IdGraphType>>("runId", "A Gi* or optimised run.")
            .Argument<NonNullGraphType<IncidentFilterInputType>>("laterPeriod", "The later incidents: from and to are required; other parts narrow them as in the incidents query.")
            .ResolveAsync(async c =>
            {
                var later = c.GetArgument<IncidentFilter>("laterPeriod");
                var evaluation = await c.Service<HotspotEvaluations>().Evaluate(c.Viewer(), c.GetArgument<long>("runId"), later, c.CancellationToken);
                await c.Service<AuditLog>().Record(c.Viewer(), "evaluate hotspots", $"analysis:{evaluation.RunId}", new { filter = later.Audited() }, cancel: c.CancellationToken);
                return evaluation;
            });
        query.Field<NonNullGraphType<NearRepeatType>>("nearRepeat")
            .Description("Knox near-repeat test: do incidents close in place follow each other closely in time more than chance? Uses the incidents " +
                "you see in full that match the filter; counted cells have no day or fine place and are left out. Audited.")
            .Argument<NonNullGraphType<IncidentFilterInputType>>("filter")
            .Argument<ListGraphType<NonNullGraphType<IntGraphType>>>("metres", "Distance band edges, rising, e.g. [0, 100, 200, 400, 800] (the default).")
            .Argument<ListGraphType<NonNullGraphType<IntGraphType>>>("days", "Time band edges, rising, e.g. [0, 7, 14, 28, 56] (the default).")
            .Argument<IntGraphType>("permutations", "Shuffles of the days, 19 to 999 (99 when left out).")
            .ResolveAsync(async c =>
            {
                var filter = c.GetArgument<IncidentFilter>("filter");
                var answer = await c.Service<NearRepeatAnalysis>().Run(c.Viewer(), filter, c.GetArgument<int[]?>("metres"), c.GetArgument<int[]?>("days"),
                    c.GetArgument<int?>("permutations") ?? 99, c.CancellationToken);
                await c.Service<AuditLog>().Record(c.Viewer(), "near repeat", null, new { filter = filter.Audited(), answer.RecordsUsed }, cancel: c.CancellationToken);
                return answer;
            });
        query.Field<NonNullGraphType<RunComparisonType>>("compareAnalysisRuns")
            .Description("Compares a reopened run with a newer one on the same grid (same cell size, cells on the same lattice): which cells became, " +
                "stopped being or stayed hot (95 % or more) and whether each hotspot grew, shrank or moved. Both runs must be ones you may reopen (analysisRun).")
            .Argument<NonNullGraphType<IdGraphType>>("earlierRunId", "The run discussed before, e.g. at the last meeting.")
            .Argument<NonNullGraphType<IdGraphType>>("laterRunId", "A newer Gi* or optimised run on the same grid.")
            .ResolveAsync(async c =>
            {
                long earlier = c.GetArgument<long>("earlierRunId"), later = c.GetArgument<long>("laterRunId");
                var comparison = await c.Service<RunComparisons>().Compare(c.Viewer(), earlier, later, c.CancellationToken);
                await c.Service<AuditLog>().Record(c.Viewer(), "compare analysis runs", $"analysis:{earlier}", new { later }, cancel: c.CancellationToken);
                return comparison;
            });
    }

    public static void AddChangesTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<Areas.AreaType>>("saveHotspot")
            .Description("Saves one hotspot of a run (by its number) as an area of kind HOTSPOT, with its statistics, for problem-solving plans.")
            .Argument<NonNullGraphType<IdGraphType>>("runId")
            .Argument<NonNullGraphType<IntGraphType>>("number", "The hotspot's number in the run.")
            .Argument<NonNullGraphType<StringGraphType>>("name", "What the partnership calls it, e.g. Huddersfield town centre.")
            .ResolveAsync(async c => await c.Service<SavedHotspots>().Save(c.Viewer(), c.GetArgument<long>("runId"),
                c.GetArgument<int>("number"), c.GetArgument<string>("name"), c.CancellationToken));
        mutation.Field<NonNullGraphType<Areas.AreaType>>("updateSavedHotspot")
            .Description("Renames, describes or reshapes a saved hotspot; whoever saved it, analysts of their agency and administrators may. Audited.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .Argument<StringGraphType>("name", "A new name (left out: unchanged).")
            .Argument<StringGraphType>("description", "A new description (left out: unchanged; empty: removed).")
            .Argument<GeoJsonGraphType>("boundary", "A reshaped boundary, a GeoJSON Polygon or MultiPolygon in WGS84 (left out: unchanged). Its incidents, " +
                "peak z and PAI are recounted on the run it came from; a self-intersecting or otherwise invalid shape is refused and nothing is saved.")
            .ResolveAsync(async c => await c.Service<SavedHotspots>().Update(c.Viewer(), c.GetArgument<long>("id"),
                c.GetArgument<string?>("name"), c.GetArgument<string?>("description"), c.GetArgument<NetTopologySuite.Geometries.Geometry?>("boundary"), c.CancellationToken));
        mutation.Field<NonNullGraphType<BooleanGraphType>>("deleteSavedHotspot")
            .Description("Deletes a saved hotspot that no plan or visit operation uses; the same people as updateSavedHotspot may. Audited.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await c.Service<SavedHotspots>().Delete(c.Viewer(), c.GetArgument<long>("id"), c.CancellationToken));
        mutation.Field<NonNullGraphType<BooleanGraphType>>("recordMapPrint")
            .Description("Records in the audit log that the map left the workspace through the print layout (printed, saved as PDF or as a PNG): " +
                "the picture is made in the browser from what the map already shows, so this entry is its audit trail.")
            .Argument<NonNullGraphType<StringGraphType>>("title", "The layout's title.")
            .Argument<NonNullGraphType<StringGraphType>>("output", "PDF (printed or saved as PDF) or PNG.")
            .Argument<IdGraphType>("runId", "The analysis run on the map, if any.")
            .Argument<NonNullGraphType<StringGraphType>>("marking", "The highest marking in view, printed on the page.")
            .ResolveAsync(async c =>
            {
                var output = c.GetArgument<string>("output");
                if (output is not ("PDF" or "PNG")) throw new ArgumentRefused($"output is PDF or PNG, not {output}.");
                var runId = c.GetArgument<long?>("runId");
                await c.Service<AuditLog>().Record(c.Viewer(), "print map", runId is null ? null : $"analysis:{runId}",
                    new { title = c.GetArgument<string>("title"), output, marking = c.GetArgument<string>("marking") }, cancel: c.CancellationToken);
                return true;
            });
        mutation.Field<NonNullGraphType<AnalysisRunType>>("runAnalysis")
            .Description("Runs a hotspot analysis on the incidents you may see that match the filter, and saves the run.")
            .Argument<NonNullGraphType<AnalysisRequestInputType>>("request")
            .ResolveAsync(async c =>
            {
                var viewer = c.Viewer();
                var request = c.GetArgument<AnalysisRequest>("request");
                var filter = (request.Filter ?? new IncidentFilter()).Audited();
                AnalysisRun run;
                try
                {
                    run = await c.Service<AnalysisQueue>().InTurn(() => c.Service<AnalysisRunner>().Run(viewer, request, c.CancellationToken), c.CancellationToken);
                }
                catch (Exception e)
                {
                    // A refused or failed attempt is audited as well: a run of narrow filters answers yes or no even when it saves nothing.
                    var refused = e is AnalysisInputException or ExecutionError;
                    await c.Service<AuditLog>().Record(viewer, refused ? "run analysis refused" : "run analysis failed", null,
                        new { method = Codes.Of(request.Method), filter }, refused ? e.Message : e.GetType().Name, cancel: CancellationToken.None);
                    throw;
                }
                await c.Service<AuditLog>().Record(viewer, "run analysis", $"analysis:{run.Id}", new { run.Method, run.IncidentCount, filter }, cancel: c.CancellationToken);
                return run;
            });
    }
}
