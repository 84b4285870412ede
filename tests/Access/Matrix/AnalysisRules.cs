namespace Hotspots.Tests.Access.Matrix;

/// <summary>
/// Analysis runs and their inputs. For runAnalysis the relations are the incident ones (a run over one record's cell);
/// for analysisRun and saveHotspot Own is the run the viewer made, Other the run of another agency's analyst.
/// </summary>
public static class AnalysisRules
{
    private static string Run(Probe p) => p.Relation == Relation.Own ? p.App.RunBy[p.Account] : p.App.RunBy[p.Agency == "police" ? "analyst.council" : "analyst.police"];

    public static IEnumerable<FieldRule> Rules() =>
    [
        new("analysisRun", """
            own other
            *  full empty
            """, p => p.Ask($"{{ analysisRun(id: {Run(p)}) {{ createdBy }} }}", null, d => Answers.Present(d["analysisRun"]))),
        new("runAnalysis", """
            own   other sensitive
            analyst.*             full        full        refused
            enforcement.council   full        refused     refused
            enforcement.glaa      refused     full        refused
            *                     generalised generalised refused
            """, p => p.Ask("mutation($b: BoundingBox) { runAnalysis(request: { method: DBSCAN, eps: 150, minPoints: 2, filter: { boundingBox: $b } }) { incidentCount generalised } }",
            new { b = IncidentRules.Cell(p) }, d => (d["runAnalysis"]!["incidentCount"]?.GetValue<int>(), d["runAnalysis"]!["generalised"]!.GetValue<bool>()) switch
            {
                (1, false) => "full",
                (null, true) => "generalised",
                var (n, g) => $"{n} incidents, generalised {g}",
            }), "No incidents you may see match the filter", Changes: true),
        new("saveHotspot", """
            own other
            analyst.*  refused:none refused:unseen
            chair.*    refused:none refused:unseen
            *          refused:role refused:role
            """, p => p.Ask($"mutation {{ saveHotspot(runId: {Run(p)}, number: 1, name: \"Cluster by the ring road\") {{ id }} }}", null,
            d => Answers.Done(d["saveHotspot"])), "role=Only analysts and group chairs|unseen=There is no analysis run|none=found no hotspots to save", Changes: true),
    ];
}
