using Hotspots.Visits;

namespace Hotspots.Tests.Visits;

public sealed class RiskScoreTests
{
    private static readonly RiskWeights Weights = new([new RiskWeight("incident", "per_incident", 1.5, "")]);

    private static double IncidentPoints(int full, int generalised)
    {
        var nearby = new NearbyIncidents("labour", full + generalised, full * 1.2, generalised, generalised * 1.2);
        var candidate = new TargetCandidate(TargetKind.RiskBusiness, 1, "Car wash", null, null, "hand_car_wash", 0, 0, [nearby], null, false, false);
        return RiskScore.Explain(candidate, Weights, new DateOnly(2026, 11, 28), 5, 250, 730).Single(t => t.Term == "incidents").Points;
    }

    [Fact]
    public void Incidents_the_viewer_may_only_count_add_the_same_points_whether_there_are_one_or_four()
    {
        Assert.Equal(IncidentPoints(0, 1), IncidentPoints(0, 4));
        Assert.Equal(IncidentPoints(0, 11), IncidentPoints(0, 9));
        Assert.NotEqual(IncidentPoints(0, 4), IncidentPoints(0, 9));
    }

    [Fact]
    public void Records_seen_in_full_count_exactly() =>
        Assert.Equal(1.5 * 3 * 1.2, IncidentPoints(3, 0), 9);

    [Theory]
    [InlineData(2, "2 at HD1 2AB (counted up to 3)", 5.0)]
    [InlineData(7, "7 at HD1 2AB (counted up to 3)", 7.5)]
    [InlineData(0, "0 at HD1 2AB (counted up to 3)", 0.0)]
    public void Linked_addresses_add_their_weight_per_place_with_concerns_up_to_three(int linked, string input, double points)
    {
        var weights = new RiskWeights([new RiskWeight("linked_address", "per_place_with_concerns", 2.5, "")]);
        var candidate = new TargetCandidate(TargetKind.Premises, 1, "Flat 1", "Flat 1, 4 Market Street", "HD1 2AB", "hmo", 0, 0, [], null, false, false, linked);
        var term = RiskScore.Explain(candidate, weights, new DateOnly(2026, 11, 28), 5, 250, 730).Single(t => t.Term == "linked_addresses");
        Assert.Equal((input, 2.5, points), (term.Input, term.Weight, term.Points));
    }
}
