using NetTopologySuite.Geometries;

namespace Hotspots.Visits;

public enum TravelMode { Walking, Driving }

public enum ContactKind { Interpreter, PlaceOfSafety, SafeguardingLead, VictimSupport, Other }

/// <summary>Someone on the operation's team; powers of entry default from their agency when not given.</summary>
public sealed record TeamMember(string Username, string Agency, string? PowersOfEntry = null, bool NrmFirstResponder = false);

/// <summary>Who to call on the day: interpreters, places of safety, safeguarding leads.</summary>
public sealed record SafeguardingContact(ContactKind Kind, string Name, string? Phone = null, string? Notes = null);

/// <summary>What a planner gives to create an operation.</summary>
public sealed record VisitPlan(
    string Name, DateOnly PlannedOn, string LeadAgency, TargetArea Area,
    string? Theme = null, TimeOnly? StartsAt = null, Geometry? MeetingPoint = null, TravelMode TravelMode = TravelMode.Walking,
    double? SpeedKmh = null, int MinutesPerVisit = 30, bool VictimsExpected = false,
    IReadOnlyList<TeamMember>? Team = null, IReadOnlyList<TargetRef>? Targets = null,
    IReadOnlyList<SafeguardingContact>? Contacts = null, IReadOnlyList<long>? IncidentIds = null, long? PlanId = null)
{
    public double Speed => SpeedKmh ?? DefaultSpeed(TravelMode);

    public static double DefaultSpeed(TravelMode mode) => mode == TravelMode.Walking ? 4.8 : 30;
}
