namespace Hotspots.Analysis;

/// <summary>Incident counts before (b) and after (a) an intervention in target R, buffer D and control C.</summary>
public sealed record DisplacementCounts(double TargetBefore, double TargetAfter, double BufferBefore, double BufferAfter, double ControlBefore, double ControlAfter);

/// <summary>Weighted Displacement Quotient and Total Net Effect (Bowers &amp; Johnson 2003).</summary>
public static class WeightedDisplacement
{
    /// <summary>WDQ = (Dₐ/Cₐ − D_b/C_b) / (Rₐ/Cₐ − R_b/C_b).</summary>
    public static Measure Quotient(DisplacementCounts c)
    {
        const string name = "WDQ";
        if (ZeroControl(c) is { } problem) return Measure.NotComputed(name, problem);
        double success = c.TargetAfter / c.ControlAfter - c.TargetBefore / c.ControlBefore;
        if (success == 0)
            return Measure.NotComputed(name, "The target area's share relative to control did not change (success measure = 0), so WDQ is undefined.");
        return Measure.Of(name, (c.BufferAfter / c.ControlAfter - c.BufferBefore / c.ControlBefore) / success);
    }

    /// <summary>TNE = [R_b·(Cₐ/C_b) − Rₐ] + [D_b·(Cₐ/C_b) − Dₐ]; positive means fewer incidents than expected.</summary>
    public static Measure TotalNetEffect(DisplacementCounts c)
    {
        const string name = "TNE";
        if (c.ControlBefore == 0)
            return Measure.NotComputed(name, "The control area had no incidents before (C_b = 0), so TNE cannot be computed.");
        double trend = c.ControlAfter / c.ControlBefore;
        return Measure.Of(name, c.TargetBefore * trend - c.TargetAfter + (c.BufferBefore * trend - c.BufferAfter));
    }

    static string? ZeroControl(DisplacementCounts c) =>
        c.ControlBefore == 0 ? "The control area had no incidents before (C_b = 0), so WDQ cannot be computed."
        : c.ControlAfter == 0 ? "The control area had no incidents after (C_a = 0), so WDQ cannot be computed."
        : null;
}
