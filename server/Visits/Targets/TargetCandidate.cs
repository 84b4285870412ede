namespace Hotspots.Visits;

/// <summary>Records of one type seen in full near a place, with the sum of their type-and-grade multipliers.</summary>
public sealed record TypeNearby(string Type, int Count, double Points);

/// <summary>
/// What the ranking's view holds near a place: records seen in full, by type, and the counted cells (the counts their
/// map shows, which carry no type or grade; withheld cells add nothing and are only said to be there).
/// </summary>
public sealed record NearbyIncidents(IReadOnlyList<TypeNearby> InFull, long CountedInCells, int CellsWithheld)
{
    public static readonly NearbyIncidents None = new([], 0, 0);

    public long Total => InFull.Sum(t => t.Count) + CountedInCells;
}

/// <summary>
/// A place inside the area with what the score is made from. LinkedConcerns: other places at the same postcode
/// (a flat above the salon, the yard behind the car wash) whose last visit found concerns or made referrals.
/// </summary>
public sealed record TargetCandidate(
    TargetKind Kind, long PlaceId, string Name, string? Address, string? Postcode, string Category,
    double Easting, double Northing, NearbyIncidents Incidents, DateOnly? LastVisitedOn,
    bool LastConcerns, bool LastReferrals, int LinkedConcerns = 0);
