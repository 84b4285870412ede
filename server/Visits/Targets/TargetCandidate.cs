namespace Hotspots.Visits;

/// <summary>
/// Incidents of one type near a place. Points are the full records' type-and-grade multipliers; the generalised
/// ones (the viewer may only count them) are kept apart so the score can band them like a withheld count.
/// </summary>
public sealed record NearbyIncidents(string Type, int Count, double Points, int GeneralisedCount, double GeneralisedPoints)
{
    public bool Generalised => GeneralisedCount > 0;
}

/// <summary>
/// A place inside the area with what the score is made from. LinkedConcerns: other places at the same postcode
/// (a flat above the salon, the yard behind the car wash) whose last visit found concerns or made referrals.
/// </summary>
public sealed record TargetCandidate(
    TargetKind Kind, long PlaceId, string Name, string? Address, string? Postcode, string Category,
    double Easting, double Northing, IReadOnlyList<NearbyIncidents> Incidents, DateOnly? LastVisitedOn,
    bool LastConcerns, bool LastReferrals, int LinkedConcerns = 0);
