namespace Hotspots.Tests.Access.Matrix;

/// <summary>
/// Analysis runs and their inputs. For runAnalysis the relations are the incident ones (a run over one record's cell);
/// for analysisRun, evaluateHotspots, compareAnalysisRuns and saveHotspot Own is the run the viewer made, Other the run of another agency's
/// analyst; for saved hotspots Own is one a colleague in the viewer's agency saved, Other one saved in another agency.
/// </summary>
public static class AnalysisRules
{
    private static string Run(Probe p) => p.Relation == Relation.Own ? p.App.RunBy[p.Account] : p.App.RunBy[p.Agency == "police" ? "analyst.council" : "analyst.police"];

    private const string Keepers = """
        own other
        admin.council  done           done
        analyst.*      done           refused:keeper
        *              refused:keeper refused:keeper
        """;

    private const string NotKeeper = "keeper=Only whoever saved hotspot";

    private static long Kept(Probe p) => p.App.KeptHotspot[p.Relation == Relation.Own ? p.Agency : p.Agency == "police" ? "council" : "police"];

    public static IEnumerable<FieldRule> Rules() =>
    [
        new("analysisRun", """
            own other
            *  full empty
            """, p => p.Ask($"{{ analysisRun(id: {Run(p)}) {{ createdBy }} }}", null, d => Answers.Present(d["analysisRun"]))),
        new("incidentTrend", IncidentRules.OnTheMap, p => p.Ask("query($b: BoundingBox) { incidentTrend(filter: { boundingBox: $b }) { steps { incidents { value display } } } }",
            new { b = IncidentRules.Cell(p) }, d => Trend(d["incidentTrend"]!["steps"]!.AsArray()))),
        new("recordMapPrint", """
            any
            *  done
            """, p => p.Ask("mutation { recordMapPrint(title: \"Matrix\", output: \"PDF\", marking: \"OFFICIAL\") }", null,
            d => d["recordMapPrint"]?.GetValue<bool>() == true ? "done" : "empty"), Changes: true),
        // Near repeat uses only records seen in full: the lone record takes part for whoever sees it in full, and nothing,
        // not even the count left out, comes from its withheld cell for anyone else.
        new("nearRepeat", """
            own   other sensitive
            analyst.*             full  full  empty
            enforcement.council   full  empty empty
            enforcement.glaa      empty full  empty
            *                     empty empty empty
            """, p => p.Ask("query($b: BoundingBox) { nearRepeat(filter: { boundingBox: $b }, permutations: 19) { recordsUsed countedLeftOut } }",
            new { b = IncidentRules.Cell(p) }, d => (d["nearRepeat"]!["recordsUsed"]!.GetValue<int>(), d["nearRepeat"]!["countedLeftOut"]!.GetValue<long>()) switch
            {
                (1, 0) => "full",
                (0, 0) => "empty",
                var (used, left) => $"{used} used, {left} left out",
            })),
        // The matrix's runs are DBSCAN: one's own run is found and then has no Gi* grid; another's is not found at all.
        new("evaluateHotspots", """
            own other
            *  refused:grid refused:unseen
            """, p => p.Ask($"{{ evaluateHotspots(runId: {Run(p)}, laterPeriod: {{ from: \"2026-01-01T00:00:00Z\", to: \"2026-12-01T00:00:00Z\" }}) {{ runId }} }}", null,
            d => Answers.Present(d["evaluateHotspots"])), "grid=has no Gi* grid to evaluate|unseen=There is no analysis run"),
        // Reopening rules apply to both runs; the matrix's runs are DBSCAN, so one's own has no grid to compare.
        new("compareAnalysisRuns", """
            own other
            *  refused:grid refused:unseen
            """, p => p.Ask($"{{ compareAnalysisRuns(earlierRunId: {Run(p)}, laterRunId: {Run(p)}) {{ newlyHot }} }}", null,
            d => Answers.Present(d["compareAnalysisRuns"])), "grid=has no Gi* grid to compare|unseen=There is no analysis run"),
        // Everyone else may only count the lone record, whose cell is withheld ("<5"), so it adds nothing to an analysis.
        new("runAnalysis", """
            own   other sensitive
            analyst.*             full        full        refused
            enforcement.council   full        refused     refused
            enforcement.glaa      refused     full        refused
            *                     refused     refused     refused
            """, p => p.Ask("mutation($b: BoundingBox) { runAnalysis(request: { method: DBSCAN, eps: 150, minPoints: 2, filter: { boundingBox: $b } }) { incidentCount generalised } }",
            new { b = IncidentRules.Cell(p) }, d => (d["runAnalysis"]!["incidentCount"]?.GetValue<int>(), d["runAnalysis"]!["generalised"]!.GetValue<bool>()) switch
            {
                (1, false) => "full",
                (null, true) => "generalised",
                var (n, g) => $"{n} incidents, generalised {g}",
            }), "No incidents you may see match the filter", Changes: true),
        new("updateSavedHotspot", Keepers, p => p.Ask($"mutation {{ updateSavedHotspot(id: {Kept(p)}, description: \"Checked by {p.Account}\") {{ id }} }}", null,
            d => Answers.Done(d["updateSavedHotspot"])), NotKeeper, Changes: true),
        new("deleteSavedHotspot", Keepers, p => p.Ask($"mutation {{ deleteSavedHotspot(id: {p.App.SpareHotspot[(p.Account, p.Relation)]}) }}", null,
            d => d["deleteSavedHotspot"]?.GetValue<bool>() == true ? "done" : "empty"), NotKeeper, Changes: true),
        new("saveHotspot", """
            own other
            analyst.*  refused:none refused:unseen
            chair.*    refused:none refused:unseen
            *          refused:role refused:role
            """, p => p.Ask($"mutation {{ saveHotspot(runId: {Run(p)}, number: 1, name: \"Cluster by the ring road\") {{ id }} }}", null,
            d => Answers.Done(d["saveHotspot"])), "role=Only analysts and group chairs|unseen=There is no analysis run|none=found no hotspots to save", Changes: true),
    ];

    /// <summary>full: one record counted exactly; &lt;5: withheld; empty: nothing in any step.</summary>
    private static string Trend(System.Text.Json.Nodes.JsonArray steps)
    {
        var counts = steps.Select(s => (Value: s!["incidents"]!["value"]?.GetValue<int>(), Display: s!["incidents"]!["display"]!.GetValue<string>())).ToList();
        return counts switch
        {
            // A month whose only cell is withheld counts 0 and says so ("0 (+1 cell <5)").
            _ when counts.Any(c => c.Display.Contains("<5")) && counts.All(c => c.Value is null or 0) => "<5",
            _ when counts.All(c => c.Value == 0) => "empty",
            _ when counts.All(c => c.Value is not null) && counts.Sum(c => c.Value) == 1 => "full",
            _ => string.Join(",", counts.Select(c => c.Display)),
        };
    }
}
