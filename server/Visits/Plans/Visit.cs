namespace Hotspots.Visits;

/// <summary>A place the operation will visit, with where it sits on the route.</summary>
public sealed record VisitTarget(long Id, TargetKind Kind, long PlaceId, string Name, string? Address, string? Postcode,
    string Category, string Location, double Easting, double Northing);

/// <summary>A target in route order with the straight-line distance from the previous stop and estimated times.</summary>
public sealed record RouteStop(VisitTarget Target, Leg Leg);

/// <summary>An enforcement or engagement operation as planned.</summary>
public sealed record Visit(
    long Id, string Name, string? Theme, DateOnly PlannedOn, TimeOnly StartsAt, string LeadAgency, string Area, double BufferMetres,
    string? MeetingPoint, TravelMode TravelMode, double SpeedKmh, int MinutesPerVisit, bool VictimsExpected,
    IReadOnlyList<TeamMember> Team, IReadOnlyList<SafeguardingContact> Contacts, IReadOnlyList<RouteStop> Route,
    IReadOnlyList<long> LinkedIncidentIds, string CreatedBy, int Version = 1, long? PlanId = null, bool ManualOrder = false)
{
    public double TotalMetres => Route.Count == 0 ? 0 : Route[^1].Leg.CumulativeMetres;

    public IReadOnlyList<string> Warnings =>
    [
        .. VictimsExpected && !Team.Any(m => m.NrmFirstResponder)
            ? ["Potential victims are expected but no NRM first responder is on the team: add someone who can make an NRM referral."]
            : Array.Empty<string>(),
        .. Route.Count == 0 ? ["No targets are selected yet."] : Array.Empty<string>(),
        .. Team.Count == 0 ? ["No one is on the team yet."] : Array.Empty<string>(),
    ];
}
