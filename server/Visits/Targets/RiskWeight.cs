namespace Hotspots.Visits;

/// <summary>One configurable weight of the risk score, e.g. (sector, hand_car_wash) = 5 points.</summary>
public sealed record RiskWeight(string Term, string Code, double Weight, string Description);

public sealed record RiskWeights(IReadOnlyList<RiskWeight> All)
{
    public double Of(string term, string code, string fallback = "other") =>
        All.FirstOrDefault(w => w.Term == term && w.Code == code)?.Weight
        ?? All.FirstOrDefault(w => w.Term == term && w.Code == fallback)?.Weight ?? 0;
}
