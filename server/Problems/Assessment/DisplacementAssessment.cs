using Hotspots.Analysis;

namespace Hotspots.Problems;

public sealed record AssessmentPeriod(DateOnly BeforeFrom, DateOnly ResponseStart, DateOnly AfterTo);

public sealed record AssessedRegion(string Name, RegionCount Before, RegionCount After, double SquareMetres, string Boundary);

/// <summary>Before/after counts in target, buffer and control, with WDQ and TNE (Bowers &amp; Johnson 2003) and what they mean.</summary>
public sealed record DisplacementAssessment(long PlanId, AssessmentPeriod Period, double BufferMetres, string ControlDescription,
    AssessedRegion Target, AssessedRegion Buffer, AssessedRegion Control)
{
    public bool Suppressed => new[] { Target, Buffer, Control }.Any(r => r.Before.Suppressed || r.After.Suppressed);

    /// <summary>The six counts as the viewer may know them, or null when any is withheld.</summary>
    public DisplacementCounts? Counts
    {
        get
        {
            var shown = new[] { Target.Before, Target.After, Buffer.Before, Buffer.After, Control.Before, Control.After }.Select(c => c.Shown.Value).ToArray();
            return shown.Any(v => v is null) ? null
                : new DisplacementCounts(shown[0]!.Value, shown[1]!.Value, shown[2]!.Value, shown[3]!.Value, shown[4]!.Value, shown[5]!.Value);
        }
    }

    private const string Withheld = "Some counts are withheld (fewer than the suppression threshold) at your access level, so {0} is not computed; an analyst with full access can compute it.";

    public Measure Wdq => Counts is { } c ? WeightedDisplacement.Quotient(c) : Measure.NotComputed("WDQ", string.Format(Withheld, "WDQ"));

    public Measure Tne => Counts is { } c ? WeightedDisplacement.TotalNetEffect(c) : Measure.NotComputed("TNE", string.Format(Withheld, "TNE"));

    public double? GrossChangePercent => Counts is { TargetBefore: > 0 } c ? (c.TargetAfter - c.TargetBefore) / c.TargetBefore * 100 : null;

    public IReadOnlyList<string> Interpretation => DisplacementInterpretation.Explain(this);
}
