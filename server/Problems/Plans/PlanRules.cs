using Hotspots.Database;
namespace Hotspots.Problems;

/// <summary>What a plan must satisfy after a change; each refusal says what to do instead.</summary>
public static class PlanRules
{
    private static readonly string[] Required = ["title", "status", "priority", "classification"];

    public static async Task Check(Work work, ProblemSolvingPlan? current, IDictionary<string, object?> changes)
    {
        foreach (var key in changes.Keys.Where(k => !PlanColumns.ByField.ContainsKey(k)))
            throw new ProblemRefused($"{key} is not a field of a plan that can be changed.");
        foreach (var field in Required.Where(f => changes.TryGetValue(f, out var v) && PlanColumns.Stored(v) is null))
            throw new ProblemRefused($"The plan's {field} cannot be empty.");
        if (changes.TryGetValue("status", out var s) && s is PlanStatus next)
            StatusMove(current?.Status ?? PlanStatus.Scan, next, current is null);
        var impact = changes.TryGetValue("impact", out var i) ? i as ImpactScale? : current?.Impact;
        var percent = changes.TryGetValue("targetReductionPercent", out var p) ? p as double? : current?.TargetReductionPercent;
        if (percent is not null and (<= 0 or > 100))
            throw new ProblemRefused($"targetReductionPercent must be above 0 and at most 100 (was {percent}).");
        if (impact == ImpactScale.Reduce && percent is null)
            throw new ProblemRefused("An objective to REDUCE needs a target: give targetReductionPercent, e.g. 20 for a fifth fewer incidents.");
        if (changes.TryGetValue("leadAgency", out var a) && a is string agency
            && !await work.Scalar<bool>("SELECT EXISTS (SELECT 1 FROM agencies WHERE code = $1)", agency))
            throw new ProblemRefused($"There is no agency {agency}; use an agency code such as police, council or housing.");
    }

    /// <summary>SCAN → ANALYSE → RESPOND → ASSESS → CLOSED one step at a time forward; any step back, to revisit.</summary>
    private static void StatusMove(PlanStatus from, PlanStatus to, bool creating)
    {
        if (creating && to != PlanStatus.Scan)
            throw new ProblemRefused($"A new plan starts at SCAN; move it on to {to.ToString().ToUpperInvariant()} with updatePlan.");
        if (to > from + 1)
            throw new ProblemRefused($"A plan moves SCAN → ANALYSE → RESPOND → ASSESS → CLOSED one step at a time: it is at {from.ToString().ToUpperInvariant()}, so the next step is {(from + 1).ToString().ToUpperInvariant()}.");
    }
}
