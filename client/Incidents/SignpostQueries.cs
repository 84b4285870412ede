namespace Hotspots.Client.Incidents;

public sealed record SignpostCount(long? Value, string Display);

/// <summary>Records another agency holds that the viewer may not see: only how many and whose; ids for analysts to ask about.</summary>
public sealed record Signpost(string OwningAgency, SignpostCount Records, List<string> IncidentIds);

public sealed record RecordAccessRequest(string Id, string IncidentId, string OwningAgency, string RequestedBy, string RequestingAgency,
    string Reason, DateTimeOffset RequestedAt, string Status, string? DecidedBy, DateTimeOffset? DecidedAt, string? DecisionNote, DateTimeOffset? GrantExpiresAt,
    string RequestedByName, string? DecidedByName);

/// <summary>Someone opened one of the viewer's agency's records outside their rights.</summary>
public sealed record BreakGlassOpening(string IncidentId, string OpenedBy, string Agency, DateTimeOffset OpenedAt, DateTimeOffset ExpiresAt, string Reason);

public static class SignpostQueries
{
    private const string RequestFields = "id incidentId owningAgency requestedBy requestedByName requestingAgency reason requestedAt status decidedBy decidedByName decidedAt decisionNote grantExpiresAt";

    public static Task<List<Signpost>> IncidentSignposts(this GraphQLClient client, DateTimeOffset? from, DateTimeOffset? to) => client.Field<List<Signpost>>(
        "incidentSignposts", "query($from: DateTimeOffset, $to: DateTimeOffset) { incidentSignposts(from: $from, to: $to) { owningAgency records { value display } incidentIds } }",
        new { from, to });

    public static Task<List<RecordAccessRequest>> RecordAccessRequests(this GraphQLClient client) => client.Field<List<RecordAccessRequest>>(
        "recordAccessRequests", $"{{ recordAccessRequests {{ {RequestFields} }} }}");

    public static Task<RecordAccessRequest> RequestRecordAccess(this GraphQLClient client, string incidentId, string reason) => client.Field<RecordAccessRequest>(
        "requestRecordAccess", $"mutation($i: ID!, $r: String!) {{ requestRecordAccess(incidentId: $i, reason: $r) {{ {RequestFields} }} }}", new { i = incidentId, r = reason });

    public static Task<RecordAccessRequest> GrantRecordAccess(this GraphQLClient client, string requestId, DateTimeOffset? until) => client.Field<RecordAccessRequest>(
        "grantRecordAccess", $"mutation($q: ID!, $u: DateTimeOffset) {{ grantRecordAccess(requestId: $q, until: $u) {{ {RequestFields} }} }}", new { q = requestId, u = until });

    public static Task<RecordAccessRequest> RefuseRecordAccess(this GraphQLClient client, string requestId, string reason) => client.Field<RecordAccessRequest>(
        "refuseRecordAccess", $"mutation($q: ID!, $r: String!) {{ refuseRecordAccess(requestId: $q, reason: $r) {{ {RequestFields} }} }}", new { q = requestId, r = reason });

    public static Task<List<BreakGlassOpening>> BreakGlassOpenings(this GraphQLClient client) => client.Field<List<BreakGlassOpening>>(
        "breakGlassOpenings", "{ breakGlassOpenings { incidentId openedBy agency openedAt expiresAt reason } }");
}
