using System.Text.Json.Nodes;

namespace Hotspots.Tests.Access.Matrix;

/// <summary>
/// Signposts of OFFICIAL-SENSITIVE records and asking their owners for access. These run after breakGlass, so requests
/// name sensitive records no one opened: police ask for council's, everyone else for police's.
/// </summary>
public static class SignpostRules
{
    private const string RequestRefusal = "role=Only analysts can ask|full=already see";
    private const string DecisionRefusal = "role=Only analysts and data-protection officers|owner=only the owning agency decides|decided=was already";

    /// <summary>Own: the viewer's agency's sensitive record; Other: another agency's shared OFFICIAL one; Sensitive: one to ask for.</summary>
    private static long Requested(Probe p) => p.Relation switch
    {
        Relation.Own => p.App.Sensitive[p.Agency],
        Relation.Other => IncidentRules.Record(p),
        _ => p.App.Sensitive[p.Agency == "police" ? "council" : "police"],
    };

    /// <summary>Own: the request on a record of the viewer's agency (0 when there is none); Other: the request on another agency's.</summary>
    private static Task<long> Request(Probe p) => p.App.Scalar<long>("""
        SELECT coalesce((SELECT q.id FROM record_access_requests q JOIN incidents i ON i.id = q.incident_id WHERE i.source_agency = $1 ORDER BY q.id LIMIT 1), 0)
        """, p.Relation == Relation.Own ? p.Agency : p.Agency == "police" ? "council" : "police");

    public static IEnumerable<FieldRule> Rules() =>
    [
        // Reads run first, before anyone has broken glass or been granted anything.
        new("incidentSignposts", """
            own   other sensitive
            analyst.*      empty empty full
            enforcement.*  empty empty empty
            *              empty <5    <5
            """, p => p.Ask("{ incidentSignposts { owningAgency records { value display } incidentIds } }", null, d => Signposted(p, d["incidentSignposts"]!))),
        new("recordAccessRequests", """
            any
            *  empty
            """, p => p.Ask("{ recordAccessRequests { id reason } }", null,
            d => d["recordAccessRequests"]!.AsArray() is { Count: 0 } ? "empty" : $"{d["recordAccessRequests"]!.AsArray().Count} requests")),

        new("requestRecordAccess", """
            own          other        sensitive
            analyst.*    refused:full refused:full done
            *            refused:role refused:role refused:role
            """, p => p.Ask($"mutation {{ requestRecordAccess(incidentId: {Requested(p)}, reason: \"Same address as our referral of 3 June\") {{ status }} }}", null,
            d => d["requestRecordAccess"]!["status"]!.GetValue<string>() == "PENDING" ? "done" : "not pending"), RequestRefusal, Changes: true),
        // analyst.police grants council's request on the police record before dpo.police comes to it.
        new("grantRecordAccess", """
            own              other
            analyst.*        done             refused:owner
            dpo.police       refused:decided  refused:owner
            *                refused:role     refused:role
            """, async p => await p.Ask($"mutation {{ grantRecordAccess(requestId: {await Request(p)}) {{ status }} }}", null,
            d => d["grantRecordAccess"]!["status"]!.GetValue<string>() == "GRANTED" ? "done" : "not granted"), DecisionRefusal, Changes: true),
        new("refuseRecordAccess", """
            own              other
            analyst.*        refused:decided  refused:owner
            dpo.police       refused:decided  refused:owner
            *                refused:role     refused:role
            """, async p => await p.Ask($"mutation {{ refuseRecordAccess(requestId: {await Request(p)}, reason: \"Victim has not consented\") {{ status }} }}", null,
            d => d["refuseRecordAccess"]!["status"]!.GetValue<string>()), DecisionRefusal, Changes: true),
    ];

    /// <summary>full: the record's id is listed under its agency; &lt;5: its agency is only counted, suppressed; empty: the record is not signposted.</summary>
    private static string Signposted(Probe p, JsonNode signposts)
    {
        var record = IncidentRules.Record(p);
        var owner = p.App.Official.Concat(p.App.Sensitive).Single(r => r.Value == record).Key;
        var entry = signposts.AsArray().SingleOrDefault(s => s!["owningAgency"]!.GetValue<string>() == owner);
        if (entry is null) return "empty";
        var ids = entry["incidentIds"]!.AsArray().Select(i => i!.ToString()).ToList();
        if (ids.Count > 0) return ids.Contains(record.ToString()) ? "full" : "empty";
        return entry["records"]!["display"]!.GetValue<string>() == "<5" && entry["records"]!["value"] is null ? "<5" : $"counted {entry["records"]!["display"]}";
    }
}
