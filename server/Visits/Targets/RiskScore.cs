namespace Hotspots.Visits;

/// <summary>The risk score of one candidate, term by term, so the ranking can be explained and challenged.</summary>
public static class RiskScore
{
    public const int MaxYearsSinceVisit = 3;
    public const int MaxLinkedPlaces = 3;

    /// <summary>Bands of incident pressure for a viewer ranking on a view that is not their own: lowest count, highest, word.</summary>
    private static readonly (long From, long? To, string Word)[] Bands =
        [(1, 4, "low"), (5, 9, "low"), (10, 19, "moderate"), (20, 49, "high"), (50, 99, "very high"), (100, null, "very high")];

    /// <param name="banded">
    /// True when the viewer ranks on a view that is not their own (an enforcement officer on a partner's): they are told,
    /// and scored on, only the band its count falls in, so neither the words nor the points give back a map they lack.
    /// </param>
    public static List<ScoreTerm> Explain(TargetCandidate c, RiskWeights weights, DateOnly asOf, int suppressBelow, double distance, int periodDays,
        bool banded = false)
    {
        var perIncident = weights.Of("incident", "per_incident");
        var where = $"within {distance:0} m in {periodDays} days";
        var (input, counted) = banded ? Pressure(c.Incidents, suppressBelow, where) : Exact(c.Incidents, suppressBelow, where);
        var terms = new List<ScoreTerm>
        {
            new("incidents", "Incidents nearby, weighted by type and grade where seen in full (counted cells carry neither, so weigh 1)",
                input, perIncident, perIncident * counted),
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

    /// <summary>The viewer's own view, exactly: records seen in full by their multipliers, cells at the count their map shows.</summary>
    private static (string Input, double Counted) Exact(NearbyIncidents n, int suppressBelow, string where)
    {
        var inFull = n.InFull.Sum(t => t.Count);
        var text = n.Total == 0 && n.CellsWithheld > 0 ? $"withheld (<{suppressBelow}) {where}"
            : n.CountedInCells > 0 ? $"{n.Total} {where} ({inFull} seen in full, {n.CountedInCells} counted in cells by whole months)"
            : $"{n.Total} {where}";
        return (text + Withheld(n), n.InFull.Sum(t => t.Points) + n.CountedInCells);
    }

    /// <summary>Only the band of the count, and points for its lowest count.</summary>
    private static (string Input, double Counted) Pressure(NearbyIncidents n, int suppressBelow, string where)
    {
        if (n.Total == 0)
            return (n.CellsWithheld > 0 ? $"incident pressure: withheld (<{suppressBelow}) {where}{Withheld(n)}" : $"incident pressure: none {where}", 0);
        var (from, to, word) = Bands.Last(b => b.From <= n.Total);
        var range = to is { } top ? $"{from}–{top} nearby" : $"{from} or more nearby";
        var cells = n.CountedInCells > 0 ? ", counted in cells" : "";
        return ($"incident pressure: {word} ({range}{cells}) {where}{Withheld(n)}", from);
    }

    private static string Withheld(NearbyIncidents n) =>
        n.CellsWithheld == 0 ? "" : $"; {n.CellsWithheld} cell{(n.CellsWithheld == 1 ? "" : "s")} withheld nearby";

    private static ScoreTerm Outcome(RiskWeights weights, string code, string text) =>
        new("previous_outcome", "Last visit's outcome", text, weights.Of("previous_outcome", code), weights.Of("previous_outcome", code));
}
