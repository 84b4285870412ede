using NetTopologySuite.Geometries;

namespace Hotspots.Visits;

/// <summary>
/// What a planner changes on an operation; only what is given changes. Team and contacts replace the lists;
/// targets are added and removed by id; <see cref="RouteOrder"/> fixes the planner's own order, while
/// <see cref="ReoptimiseRoute"/> hands the order back to nearest neighbour + 2-opt. A new travel mode without a
/// speed takes that mode's usual speed.
/// </summary>
public sealed record VisitEdit(
    string? Name = null, string? Theme = null, DateOnly? PlannedOn = null, TimeOnly? StartsAt = null, string? LeadAgency = null,
    bool? VictimsExpected = null, IReadOnlyList<TeamMember>? Team = null, IReadOnlyList<SafeguardingContact>? Contacts = null,
    IReadOnlyList<TargetRef>? AddTargets = null, IReadOnlyList<long>? RemoveTargets = null, IReadOnlyList<long>? RouteOrder = null,
    bool ReoptimiseRoute = false, long? PlanId = null,
    Geometry? MeetingPoint = null, TravelMode? TravelMode = null, double? SpeedKmh = null, int? MinutesPerVisit = null)
{
    public double? Speed => SpeedKmh ?? (TravelMode is { } mode ? VisitPlan.DefaultSpeed(mode) : null);

    public bool ChangesTravel => MeetingPoint is not null || TravelMode is not null || SpeedKmh is not null || MinutesPerVisit is not null;

    /// <summary>The fields given, in the words of the schema, for the change log and the audit entry.</summary>
    public IReadOnlyList<string> Fields =>
    [
        .. new (string Field, bool Given)[]
        {
            ("name", Name is not null), ("theme", Theme is not null), ("plannedOn", PlannedOn is not null), ("startsAt", StartsAt is not null),
            ("leadAgency", LeadAgency is not null), ("victimsExpected", VictimsExpected is not null), ("team", Team is not null),
            ("contacts", Contacts is not null), ("addTargets", AddTargets is { Count: > 0 }), ("removeTargets", RemoveTargets is { Count: > 0 }),
            ("routeOrder", RouteOrder is not null), ("reoptimiseRoute", ReoptimiseRoute), ("planId", PlanId is not null),
            ("meetingPoint", MeetingPoint is not null), ("travelMode", TravelMode is not null), ("speedKmh", SpeedKmh is not null),
            ("minutesPerVisit", MinutesPerVisit is not null),
        }.Where(f => f.Given).Select(f => f.Field),
    ];
}
