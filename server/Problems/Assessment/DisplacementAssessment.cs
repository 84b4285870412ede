using Hotspots.Analysis;

namespace Hotspots.Problems;

public sealed record AssessmentPeriod(DateOnly BeforeFrom, DateOnly ResponseStart, DateOnly AfterTo);

public sealed record AssessedRegion(string Name, RegionCount Before, RegionCount After, double SquareMetres, string Boundary);

/// <summary>Before/after counts in target, buffer and control, with WDQ and TNE (Bowers &amp; Johnson 2003) and what they mean.</summary>
public sealed record DisplacementAssessment(long PlanId, AssessmentPeriod Period, double BufferMetres, string ControlDescription,
    AssessedRegion Target, AssessedRegion Buffer, AssessedRegion Control)
{
    public bool Suppressed => new[] { Target, Buffer, Control }.Any(r => r.Before.Suppressed || r.After.Suppressed);

    /// <summary>The six counts from the viewer's view: a withheld cell adds nothing, so none is missing.</summary>
    public DisplacementCounts Counts => new(Target.Before.Incidents, Target.After.Incidents, Buffer.Before.Incidents,
        Buffer.After.Incidents, Control.Before.Incidents, Control.After.Incidents);

    public Measure Wdq => WeightedDisplacement.Quotient(Counts);

    public Measure Tne => WeightedDisplacement.TotalNetEffect(Counts);

    public double? GrossChangePercent => Counts is { TargetBefore: > 0 } c ? (c.TargetAfter - c.TargetBefore) / c.TargetBefore * 100 : null;

    public IReadOnlyList<string> Interpretation => DisplacementInterpretation.Explain(this);
}
