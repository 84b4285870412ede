using System.Globalization;

namespace Hotspots.Problems;

/// <summary>What the figures mean, in words for a report, after Bowers and Johnson (2003) and Guerette (2009).</summary>
public static class DisplacementInterpretation
{
    public static IReadOnlyList<string> Explain(DisplacementAssessment a)
    {
        var lines = new List<string>();
        if (a.Suppressed)
            lines.Add("Counts include incidents you may only count, as your map shows them: counted in 100 m cells by whole months, " +
                "each cell's count slightly perturbed, and cells under 5 withheld and left out, so the measures are approximate.");
        var c = a.Counts;
        lines.Add(a.GrossChangePercent is { } gross
            ? $"Gross change in the target area: {F(c.TargetBefore)} before, {F(c.TargetAfter)} after ({gross:+0.0;-0.0;0}%)."
            : "The target area had no incidents before the response, so its change cannot be given as a percentage.");
        double success = c.ControlBefore == 0 || c.ControlAfter == 0 ? double.NaN : c.TargetAfter / c.ControlAfter - c.TargetBefore / c.ControlBefore;
        if (double.IsNaN(success)) lines.Add(a.Wdq.Problem ?? a.Tne.Problem ?? "The control area had no incidents in a period.");
        else if (success >= 0)
            lines.Add("The target area did not improve relative to the control area (success measure ≥ 0), so any change in the buffer cannot be credited to the response; WDQ is not meaningful here.");
        else if (a.Wdq.Value is { } wdq)
            lines.Add(Wdq(wdq));
        else lines.Add(a.Wdq.Problem!);
        if (a.Tne.Value is { } tne)
            lines.Add(tne > 0
                ? $"Total net effect: {F(tne)} fewer incidents in target and buffer together than the control area's trend predicts."
                : tne < 0 ? $"Total net effect: {F(-tne)} more incidents in target and buffer together than the control area's trend predicts."
                : "Total net effect: target and buffer together followed the control area's trend exactly.");
        else lines.Add(a.Tne.Problem!);
        lines.Add("Fewer recorded incidents can also mean less reporting or less proactive work: read these figures with what the partners know.");
        return lines;
    }

    private static string Wdq(double wdq) => wdq switch
    {
        > 1 => $"WDQ {F(wdq)} (> 1): diffusion of benefit larger than the direct effect — the buffer improved even more than the target.",
        > 0 => $"WDQ {F(wdq)} (> 0): diffusion of benefit — the buffer improved too, relative to the control area.",
        0 => "WDQ 0: neither displacement nor diffusion of benefit into the buffer.",
        >= -1 => $"WDQ {F(wdq)} (between −1 and 0): some displacement into the buffer, but less than the reduction in the target — a net benefit.",
        _ => $"WDQ {F(wdq)} (< −1): displacement into the buffer larger than the reduction in the target — the response may have made things worse overall.",
    };

    private static string F(double value) => value.ToString("0.######", CultureInfo.InvariantCulture);
}
