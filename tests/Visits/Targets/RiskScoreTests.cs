using Hotspots.Visits;

namespace Hotspots.Tests.Visits.Targets;

public sealed class RiskScoreTests
{
    private static readonly RiskWeights Weights = new([new RiskWeight("incident", "per_incident", 1.5, "")]);

    private static ScoreTerm Incidents(NearbyIncidents nearby, bool banded = false)
    {
        var candidate = new TargetCandidate(TargetKind.RiskBusiness, 1, "Car wash", null, null, "hand_car_wash", 0, 0, nearby, null, false, false);
        return RiskScore.Explain(candidate, Weights, new DateOnly(2026, 11, 28), 5, 250, 730, banded).Single(t => t.Term == "incidents");
    }

    [Fact]
    public void Records_seen_in_full_count_exactly_with_their_multipliers() =>
        Assert.Equal(1.5 * 3 * 1.2, Incidents(new([new("labour", 3, 3 * 1.2)], 0, 0)).Points, 9);

    [Fact]
    public void Counted_cells_add_the_count_the_map_shows_at_weight_1_and_withheld_cells_add_nothing()
    {
        var term = Incidents(new([new("labour", 2, 2 * 1.5)], 12, 2));
        Assert.Equal(1.5 * (3 + 12), term.Points, 9);
        Assert.Equal("14 within 250 m in 730 days (2 seen in full, 12 counted in cells by whole months); 2 cells withheld nearby", term.Input);
    }

    [Fact]
    public void Only_withheld_cells_nearby_read_as_withheld_never_as_0()
    {
        var term = Incidents(new([], 0, 1));
        Assert.Equal((0.0, "withheld (<5) within 250 m in 730 days; 1 cell withheld nearby"), (term.Points, term.Input));
        Assert.Equal("incident pressure: withheld (<5) within 250 m in 730 days; 1 cell withheld nearby", Incidents(new([], 0, 1), banded: true).Input);
    }

    [Theory]
    [InlineData(0, "incident pressure: none within 250 m in 730 days", 0)]
    [InlineData(7, "incident pressure: low (5–9 nearby, counted in cells) within 250 m in 730 days", 5)]
    [InlineData(23, "incident pressure: high (20–49 nearby, counted in cells) within 250 m in 730 days", 20)]
    [InlineData(49, "incident pressure: high (20–49 nearby, counted in cells) within 250 m in 730 days", 20)]
    [InlineData(140, "incident pressure: very high (100 or more nearby, counted in cells) within 250 m in 730 days", 100)]
    public void A_borrowed_view_is_told_and_scored_only_as_a_band(long counted, string input, double lowest)
    {
        var term = Incidents(new([], counted, 0), banded: true);
        Assert.Equal((input, 1.5 * lowest), (term.Input, term.Points));
    }

    [Theory]
    [InlineData(2, "2 at HD1 2AB (counted up to 3)", 5.0)]
    [InlineData(7, "7 at HD1 2AB (counted up to 3)", 7.5)]
    [InlineData(0, "0 at HD1 2AB (counted up to 3)", 0.0)]
    public void Linked_addresses_add_their_weight_per_place_with_concerns_up_to_three(int linked, string input, double points)
    {
        var weights = new RiskWeights([new RiskWeight("linked_address", "per_place_with_concerns", 2.5, "")]);
        var candidate = new TargetCandidate(TargetKind.Premises, 1, "Flat 1", "Flat 1, 4 Market Street", "HD1 2AB", "hmo", 0, 0, NearbyIncidents.None, null, false, false, linked);
        var term = RiskScore.Explain(candidate, weights, new DateOnly(2026, 11, 28), 5, 250, 730).Single(t => t.Term == "linked_addresses");
        Assert.Equal((input, 2.5, points), (term.Input, term.Weight, term.Points));
    }
}
