using Hotspots.Analysis;

namespace Hotspots.Tests.Analysis.Evaluation;

// Expected values: the worked examples of the partnership's analysis spec (kept outside this repository), worked by hand
// from its formulas: PAI (n/N)/(a/A); RRI after Levine, (n₂/n₁)/(N₂/N₁); WDQ and TNE after Bowers & Johnson (2003).
public class EvaluationTests
{
    static readonly DisplacementCounts Spec = new(TargetBefore: 120, TargetAfter: 80, BufferBefore: 60, BufferAfter: 55, ControlBefore: 400, ControlAfter: 390);

    [Fact]
    public void Pai_matches_the_spec() => Assert.Equal(10, PredictionAccuracy.Index(60, 200, 3, 100).Value!.Value, 12);

    [Fact]
    public void Rri_matches_the_spec_and_names_its_variant()
    {
        var rri = RecaptureRate.Index(hotspotFirst: 80, allFirst: 250, hotspotSecond: 60, allSecond: 200);
        Assert.Equal(0.9375, rri.Value!.Value, 12);
        Assert.Contains("Levine", rri.Name);
    }

    [Fact]
    public void Wdq_and_tne_match_the_spec()
    {
        Assert.Equal(0.094595, WeightedDisplacement.Quotient(Spec).Value!.Value, 6);
        Assert.Equal(40.5, WeightedDisplacement.TotalNetEffect(Spec).Value!.Value, 10);
    }

    [Fact]
    public void Zero_counts_are_reported_not_divided()
    {
        var wdq = WeightedDisplacement.Quotient(Spec with { ControlBefore = 0 });
        Assert.Null(wdq.Value);
        Assert.Contains("C_b = 0", wdq.Problem);
        Assert.Contains("C_a = 0", WeightedDisplacement.Quotient(Spec with { ControlAfter = 0 }).Problem);
        Assert.Null(WeightedDisplacement.TotalNetEffect(Spec with { ControlBefore = 0 }).Value);
        Assert.Contains("n1 = 0", RecaptureRate.Index(0, 250, 60, 200).Problem);
        Assert.Contains("a = 0", PredictionAccuracy.Index(60, 200, 0, 100).Problem);
        Assert.Contains("N = 0", PredictionAccuracy.Index(0, 0, 3, 100).Problem);
    }
}
