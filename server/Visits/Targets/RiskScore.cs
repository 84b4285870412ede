using Hotspots.Incidents;

namespace Hotspots.Visits;

/// <summary>The risk score of one candidate, term by term, so the ranking can be explained and challenged.</summary>
public static class RiskScore
{
    public const int MaxYearsSinceVisit = 3;
    public const int MaxLinkedPlaces = 3;

    /// <summary>
    /// What the incidents the viewer may only count add: their mean multiplier times their count banded as the map
    /// shows it (below the threshold, half of it; otherwise rounded to 5), so the score cannot give back the count.
    /// </summary>
    private static double Banded(IReadOnlyList<NearbyIncidents> incidents, int suppressBelow)
    {
        var count = incidents.Sum(i => i.GeneralisedCount);
        if (count == 0) return 0;
        var mean = incidents.Sum(i => i.GeneralisedPoints) / count;
        var banded = SuppressedCount.Of(count, suppressBelow).Value ?? suppressBelow / 2.0;
        return Math.Round(banded * mean, 1);
    }

    public static List<ScoreTerm> Explain(TargetCandidate c, RiskWeights weights, DateOnly asOf, int suppressBelow, double distance, int periodDays)
    {
        var count = c.Incidents.Sum(i => i.Count);
        var countText = c.Incidents.Any(i => i.Generalised) ? SuppressedCount.Of(count, suppressBelow).Display : count.ToString();
        var perIncident = weights.Of("incident", "per_incident");
        var terms = new List<ScoreTerm>
        {
            new("incidents", "Incidents nearby, weighted by type and grade",
                $"{countText} within {distance:0} m in {periodDays} days", perIncident,
                perIncident * (c.Incidents.Sum(i => i.Points) + Banded(c.Incidents, suppressBelow))),
            c.Kind == TargetKind.RiskBusiness
                ? new("sector", "Sector risk", c.Category, weights.Of("sector", c.Category), weights.Of("sector", c.Category))
                : new("sector", "Premises use", c.Category, weights.Of("premises_use", c.Category), weights.Of("premises_use", c.Category)),
        };
        var perLinked = weights.Of("linked_address", "per_place_with_concerns");
        var linked = Math.Min(c.LinkedConcerns, MaxLinkedPlaces);
        terms.Add(new("linked_addresses", "Linked addresses: other places at the same postcode whose last visit found concerns or made referrals",
            c.Postcode is null ? "no postcode to link by"
                : $"{c.LinkedConcerns} at {c.Postcode} (counted up to {MaxLinkedPlaces})", perLinked, perLinked * linked));
        if (c.LastVisitedOn is { } last)
        {
            var outcome = c.LastConcerns || c.LastReferrals ? null : "nothing_found";
            if (c.LastConcerns) terms.Add(Outcome(weights, "concerns_found", "concerns found"));
            if (c.LastReferrals) terms.Add(Outcome(weights, "referrals_made", "referrals made"));
            if (outcome is not null) terms.Add(Outcome(weights, outcome, "nothing found"));
            var days = Math.Max(0, asOf.DayNumber - last.DayNumber);
            var perYear = weights.Of("days_since_visit", "per_year");
            terms.Add(new("days_since_visit", "Time since the last visit", $"{days} days (counted up to {MaxYearsSinceVisit} years)",
                perYear, perYear * Math.Min(days, MaxYearsSinceVisit * 365) / 365.0));
        }
        else
        {
            var never = weights.Of("days_since_visit", "never_visited");
            terms.Add(new("days_since_visit", "Time since the last visit", "never visited", never, never));
        }
        return terms;
    }

    private static ScoreTerm Outcome(RiskWeights weights, string code, string text) =>
        new("previous_outcome", "Last visit's outcome", text, weights.Of("previous_outcome", code), weights.Of("previous_outcome", code));
}
