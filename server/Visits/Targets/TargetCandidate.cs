namespace Hotspots.Visits;

/// <summary>Incidents of one type near a candidate, as counted for the viewer.</summary>
public sealed record NearbyIncidents(string Type, int Count, double Points, bool Generalised);

/// <summary>A place inside the area with what the score is made from.</summary>
public sealed record TargetCandidate(
    TargetKind Kind, long PlaceId, string Name, string? Address, string? Postcode, string Category,
    double Easting, double Northing, IReadOnlyList<NearbyIncidents> Incidents, DateOnly? LastVisitedOn,
    bool LastConcerns, bool LastReferrals);
