using Hotspots.Incidents;

namespace Hotspots.Visits;

/// <summary>One part of a risk score: what was counted, the weight applied and the points it adds.</summary>
public sealed record ScoreTerm(string Term, string Label, string Input, double Weight, double Points);

/// <summary>Incidents of one type near a target; suppressed when some are only generalised for the viewer.</summary>
public sealed record IncidentTypeCount(string ExploitationType, SuppressedCount Count);

public sealed record RankedTarget(
    int Rank, TargetKind Kind, long PlaceId, string Name, string? Address, string? Postcode, string Category,
    string Location, double Easting, double Northing, double Score, IReadOnlyList<ScoreTerm> Terms,
    IReadOnlyList<IncidentTypeCount> IncidentsByType, DateOnly? LastVisitedOn);

public sealed record TargetRanking(
    IReadOnlyList<RankedTarget> Targets, int CandidateCount, double DistanceMetres, int PeriodDays,
    IReadOnlyList<RiskWeight> Weights, double Milliseconds);
