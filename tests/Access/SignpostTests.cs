using System.Text.Json.Nodes;
using Hotspots.Tests.Api;

namespace Hotspots.Tests.Access;

/// <summary>Signposts and asking the owner for access, through /graphql against PostGIS, as the analysts and a partner see them.</summary>
public sealed class SignpostTests(SignpostFixture app) : IClassFixture<SignpostFixture>
{
    private const string Reason = "Same address as our safeguarding referral of 3 June";
    private const string Signposts = "query($a: ID) { incidentSignposts(areaId: $a) { owningAgency records { value display } incidentIds } }";

    [Fact]
    public async Task An_analyst_of_another_agency_sees_the_signpost_asks_and_once_granted_sees_the_record_in_full()
    {
        var council = await app.SignedIn("analyst.council");
        var police = await app.SignedIn("analyst.police");
        var signpost = (await council.Data(Signposts, new { a = app.WardId }))["incidentSignposts"]!.AsArray().Single()!;
        Assert.Equal("police", signpost["owningAgency"]!.GetValue<string>());
        Assert.Contains(app.ToGrant.ToString(), Ids(signpost));
        Assert.Null((await council.Data($"{{ incident(id: {app.ToGrant}) {{ sourceReference }} }}"))["incident"]);

        var asked = (await council.Data("mutation($i: ID!, $r: String!) { requestRecordAccess(incidentId: $i, reason: $r) { id status owningAgency } }",
            new { i = app.ToGrant, r = Reason }))["requestRecordAccess"]!;
        Assert.Equal(("PENDING", "police"), (asked["status"]!.GetValue<string>(), asked["owningAgency"]!.GetValue<string>()));
        var pending = (await police.Data("{ recordAccessRequests(pendingOnly: true) { id incidentId requestedBy reason } }"))["recordAccessRequests"]!.AsArray();
        var request = pending.Single(r => r!["incidentId"]!.ToString() == app.ToGrant.ToString())!;
        Assert.Equal(("analyst.council", Reason), (request["requestedBy"]!.GetValue<string>(), request["reason"]!.GetValue<string>()));

        var until = DateTimeOffset.UtcNow.AddDays(7);
        var granted = (await police.Data("mutation($q: ID!, $u: DateTimeOffset) { grantRecordAccess(requestId: $q, until: $u) { status decidedBy grantExpiresAt } }",
            new { q = asked["id"]!.ToString(), u = until }))["grantRecordAccess"]!;
        Assert.Equal(("GRANTED", "analyst.police"), (granted["status"]!.GetValue<string>(), granted["decidedBy"]!.GetValue<string>()));
        Assert.Equal(until, granted["grantExpiresAt"]!.GetValue<DateTimeOffset>(), TimeSpan.FromSeconds(1));

        Assert.StartsWith("REF-", (await council.Data($"{{ incident(id: {app.ToGrant}) {{ sourceReference }} }}"))["incident"]!["sourceReference"]!.GetValue<string>());
        var after = (await council.Data(Signposts, new { a = app.WardId }))["incidentSignposts"]!.AsArray().Single()!;
        Assert.DoesNotContain(app.ToGrant.ToString(), Ids(after));
        var audit = (await (await app.SignedIn("dpo.police")).Data("query($s: String) { auditLog(subject: $s) { edges { node { action username reason } } } }",
            new { s = $"incident:{app.ToGrant}" }))["auditLog"]!["edges"]!.AsArray().Select(e => e!["node"]!).ToList();
        Assert.Contains(audit, e => e["action"]!.GetValue<string>() == "request record access" && e["reason"]!.GetValue<string>() == Reason);
        Assert.Contains(audit, e => e["action"]!.GetValue<string>() == "grant record access" && e["username"]!.GetValue<string>() == "analyst.police");
    }

    [Fact]
    public async Task A_refused_request_leaves_the_record_signposted_and_wrong_deciders_change_nothing()
    {
        var council = await app.SignedIn("analyst.council");
        var dpo = await app.SignedIn("dpo.police");
        var id = (await council.Data("mutation($i: ID!, $r: String!) { requestRecordAccess(incidentId: $i, reason: $r) { id } }",
            new { i = app.ToRefuse, r = Reason }))["requestRecordAccess"]!["id"]!.ToString();
        var before = await Requests();

        Assert.Contains("already asked", await Error(council, $"mutation {{ requestRecordAccess(incidentId: {app.ToRefuse}, reason: \"{Reason}\") {{ id }} }}"));
        Assert.Contains("Only analysts and data-protection officers", await Error(await app.SignedIn("partner.health"), $"mutation {{ refuseRecordAccess(requestId: {id}, reason: \"no\") {{ id }} }}"));
        Assert.Contains("only the owning agency decides", await Error(council, $"mutation {{ grantRecordAccess(requestId: {id}) {{ id }} }}"));
        Assert.Contains("Say why you refuse", await Error(dpo, $"mutation {{ refuseRecordAccess(requestId: {id}, reason: \" \") {{ id }} }}"));
        Assert.Contains("must end in the future", await Error(dpo, $"mutation {{ grantRecordAccess(requestId: {id}, until: \"2020-01-01T00:00:00Z\") {{ id }} }}"));
        Assert.Equal(before, await Requests());

        var refused = (await dpo.Data($"mutation {{ refuseRecordAccess(requestId: {id}, reason: \"The victim has not consented to wider sharing\") {{ status decisionNote }} }}"))["refuseRecordAccess"]!;
        Assert.Equal("REFUSED", refused["status"]!.GetValue<string>());
        Assert.Contains("already refused", await Error(await app.SignedIn("analyst.police"), $"mutation {{ grantRecordAccess(requestId: {id}) {{ id }} }}"));
        var mine = (await council.Data("{ recordAccessRequests { id status decisionNote } }"))["recordAccessRequests"]!.AsArray().Single(r => r!["id"]!.ToString() == id)!;
        Assert.Equal(("REFUSED", "The victim has not consented to wider sharing"), (mine["status"]!.GetValue<string>(), mine["decisionNote"]!.GetValue<string>()));
        Assert.Null((await council.Data($"{{ incident(id: {app.ToRefuse}) {{ sourceReference }} }}"))["incident"]);
        Assert.Equal(0L, await app.Scalar<long>("SELECT count(*) FROM record_grants WHERE incident_id = $1", app.ToRefuse));
    }

    [Fact]
    public async Task Requests_that_cannot_be_made_are_refused_with_the_reason_and_write_nothing()
    {
        var before = await Requests();
        var council = await app.SignedIn("analyst.council");
        Assert.Contains("at least 20 characters", await Error(council, $"mutation {{ requestRecordAccess(incidentId: {app.LeftAlone}, reason: \"need it\") {{ id }} }}"));
        Assert.Contains("already see", await Error(council, $"mutation {{ requestRecordAccess(incidentId: {app.CouncilRecord}, reason: \"{Reason}\") {{ id }} }}"));
        Assert.Contains("no incident 999999 signposted", await Error(council, $"mutation {{ requestRecordAccess(incidentId: 999999, reason: \"{Reason}\") {{ id }} }}"));
        Assert.Contains("Only analysts", await Error(await app.SignedIn("partner.health"), $"mutation {{ requestRecordAccess(incidentId: {app.LeftAlone}, reason: \"{Reason}\") {{ id }} }}"));
        Assert.Equal(before, await Requests());
    }

    [Fact]
    public async Task A_partner_sees_only_a_suppressed_count_per_agency_and_signposts_cannot_be_placed_by_a_drawn_area()
    {
        var partner = await app.SignedIn("partner.health");
        var signposts = (await partner.Data(Signposts, new { a = app.WardId }))["incidentSignposts"]!.AsArray();
        var police = signposts.Single(s => s!["owningAgency"]!.GetValue<string>() == "police")!;
        Assert.Equal("<5", police["records"]!["display"]!.GetValue<string>());
        Assert.Null(police["records"]!["value"]);
        Assert.Empty(Ids(police));
        Assert.DoesNotContain(signposts, s => s!["owningAgency"]!.GetValue<string>() == "council");
        var (_, drawn) = await partner.Post(Signposts, new { a = app.DrawnAreaId });
        Assert.Contains("only in a district or ward", drawn.FirstError());
        var (_, detail) = await partner.Post("{ incidentSignposts { owningAgency victimAgeGroup } }");
        Assert.Contains("victimAgeGroup", detail.FirstError());
        Assert.Empty((await (await app.SignedIn("enforcement.glaa")).Data(Signposts, new { a = app.WardId }))["incidentSignposts"]!.AsArray());
    }

    private static List<string> Ids(JsonNode signpost) => [.. signpost["incidentIds"]!.AsArray().Select(i => i!.ToString())];

    private static async Task<string> Error(HttpClient client, string mutation) => (await client.Post(mutation)).Body.FirstError();

    private Task<string> Requests() => app.Scalar<string>(
        "SELECT coalesce(md5(string_agg(q::text, ',' ORDER BY q.id)), '') || (SELECT count(*) FROM record_grants) FROM record_access_requests q");
}
