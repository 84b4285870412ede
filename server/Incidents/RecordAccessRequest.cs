using Hotspots.Api;

namespace Hotspots.Incidents;

public enum RequestStatus { Pending, Granted, Refused }

/// <summary>An analyst's request to see another agency's signposted record, and the owner's answer.</summary>
public sealed record RecordAccessRequest(
    long Id, long IncidentId, string OwningAgency, string RequestedBy, string RequestingAgency, string Reason, DateTimeOffset RequestedAt,
    RequestStatus Status, string? DecidedBy, DateTimeOffset? DecidedAt, string? DecisionNote, DateTimeOffset? GrantExpiresAt,
    string RequestedByName, string? DecidedByName);

/// <summary>A request or decision the server would not make, with what to do instead.</summary>
public sealed class RecordAccessRefused(string message) : Refused("RECORD_ACCESS_REFUSED", message);
