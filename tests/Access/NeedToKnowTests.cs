using System.Text.Json.Nodes;
using GraphQL.Types;
using Hotspots.Tests.Api;
using Microsoft.Extensions.DependencyInjection;

namespace Hotspots.Tests.Access;

public sealed class NeedToKnowTests(NeedToKnowFixture app) : IClassFixture<NeedToKnowFixture>
{
    // What each demo account may see: incidents listed in full, whether the police and health records open, and
    // how many records the map shows individually. Enforcement officers see only incidents linked to operations they
    // are on (none here; VisitPlanTests covers a linked one).
    public static TheoryData<string, int, bool, bool, int> Matrix => new()
    {
        // account,              listed, police, health, full on map
        { "analyst.police",      1,      true,   false,  1 },
        { "analyst.council",     14,     true,   false,  14 },
        { "partner.health",      0,      false,  false,  0 },
        { "partner.housing",     0,      false,  false,  0 },
        { "enforcement.council", 0,      false,  false,  0 },
        { "chair.council",       0,      false,  false,  0 },
        { "admin.council",       0,      false,  false,  0 },
    };

    /// <summary>Every field a viewer can ask for exposes protected data or not; a new one must be given a rule here.</summary>
    private static readonly Dictionary<string, string> RuleForField = new()
    {
        ["me"] = "own account only",
        ["incidents"] = "Matrix: listed",
        ["incident"] = "Matrix: police/health",
        ["incidentMap"] = "Matrix: full on map; cells suppressed (Suppression tests)",
        ["premises"] = "premises are not victim data: every signed-in role",
        ["premisesById"] = "as premises",
        ["riskBusinesses"] = "risk businesses are not victim data: every signed-in role",
        ["riskBusiness"] = "as riskBusinesses",
        ["areas"] = "boundaries are public",
        ["area"] = "as areas",
        ["mapSettings"] = "the configured basemap: no protected data",
        ["breakGlass"] = "BreakGlass test: audited, time-limited",
        ["requireSecondFactor"] = "administrators only (SecondFactorTests)",
        ["auditLog"] = "administrators all, DPOs their agency, analysts break-glass on their records (GovernanceTests)",
        ["dueForReview"] = "own agency's records the viewer sees in full (GovernanceTests)",
        ["analysisRun"] = "runner, their agency's analysts, or anyone for generalised runs (AnalysisRunTests)",
        ["saveHotspot"] = "analysts and group chairs, from runs they may reopen; audited (AnalysisRunTests)",
        ["runAnalysis"] = "computed on what the viewer may see (AnalysisRunTests, EmergingAndEvaluationTests)",
        ["incidentTrend"] = "counts of what the viewer may see, suppressed for generalised records; audited (EmergingAndEvaluationTests)",
        ["evaluateHotspots"] = "runs the viewer may reopen, later counts of what they may see, suppressed; audited (EmergingAndEvaluationTests)",
        ["updateSavedHotspot"] = "the saver, analysts of their agency, administrators; audited (SavedHotspotTests)",
        ["deleteSavedHotspot"] = "as updateSavedHotspot, only when no plan or visit uses it; audited (SavedHotspotTests)",
        ["markReviewed"] = "analysts and DPOs of the owning agency (GovernanceTests)",
        ["createCustomArea"] = "boundaries are public; audited (Problems BadInputTests)",
        ["problemSolvingGroups"] = "groups the viewer is a member of; administrators all (Problems MembershipTests)",
        ["problemSolvingGroup"] = "members and administrators (MembershipTests)",
        ["problemSolvingPlan"] = "members of its group and administrators (MembershipTests)",
        ["createGroup"] = "group chairs and administrators (MembershipTests)",
        ["createPlan"] = "members of the group (MembershipTests)",
        ["updatePlan"] = "members of the plan's group (MembershipTests)",
        ["annotate"] = "members of the plan's group",
        ["replyToAnnotation"] = "members of the plan's group",
        ["editAnnotation"] = "the author, while a member",
        ["assignAction"] = "members of the plan's group",
        ["updateAction"] = "members of the plan's group",
        ["commentOnAction"] = "members of the plan's group",
        ["myActions"] = "own actions only",
        ["myAgencyActions"] = "own agency's actions on plans of the viewer's groups",
        ["actionReminders"] = "own actions only",
        ["assessPlan"] = "members; incident counts through incident_access, suppressed without full access (AssessmentTests)",
        ["meetingAgenda"] = "members; new-incident counts through incident_access, suppressed (MeetingTests)",
        ["recordMeeting"] = "members of the group",
        ["previewImport"] = "analysts and administrators; own agency unless administrator (ImportApiTests)",
        ["startImport"] = "analysts and administrators; own agency unless administrator (ImportApiTests)",
        ["importJob"] = "its starter, administrators, analysts of its agency",
        ["rejectedRows"] = "administrators and analysts of the import's agency; audited (ImportApiTests)",
        ["importProfiles"] = "administrators and analysts of the agency (ImportApiTests)",
        ["saveImportProfile"] = "administrators and analysts of the agency; audited (ImportApiTests)",
        ["visitTargets"] = "planners only; incidents counted as the viewer may see them, generalised counts withheld (TargetRankingTests)",
        ["riskWeights"] = "weights are not victim data: every signed-in role",
        ["setRiskWeight"] = "administrators only (TargetRankingTests)",
        ["visits"] = "as visit",
        ["visit"] = "planner, team, and planners of the lead agency (VisitPlanTests briefing: others get nothing)",
        ["visitedTargetsMap"] = "planners only; outcome summary without victim details",
        ["planVisit"] = "planners; linked incidents only those the planner sees in full (VisitPlanTests)",
        ["addVisitTargets"] = "planners who may see the operation; targets inside its area",
        ["updateVisit"] = "planners who may see the operation (planner, team, lead agency, plan group chair); lead agency and plan only by those who command it (VisitEditTests)",
        ["linkVisitIncidents"] = "as planVisit: shares only incidents the planner sees in full (VisitPlanTests)",
        ["recordVisitOutcome"] = "the operation's team or planner (VisitOutcomeTests)",
        ["nrmReferrals"] = "planners; only referrals from operations they may see; audited (VisitOutcomeTests, NrmReferralPageTests)",
        ["recordNrmDecision"] = "planners who may see the operation (VisitOutcomeTests)",
        ["accessRules"] = "administrators only (AccessRuleTests)",
        ["saveSharingAgreement"] = "administrators only; audited (AccessRuleTests)",
        ["setAgencyPolicy"] = "administrators only; audited (AccessRuleTests)",
        ["setGeneralisation"] = "administrators only; audited (AccessRuleTests)",
    };

    [Fact]
    public void Every_operation_has_an_access_rule()
    {
        var schema = app.Factory.Services.GetRequiredService<ISchema>();
        var fields = schema.Query.Fields.Concat(schema.Mutation?.Fields ?? []).Select(f => f.Name).Where(n => !n.StartsWith("__"));
        var unruled = fields.Where(f => !RuleForField.ContainsKey(f)).ToList();
        Assert.True(unruled.Count == 0, $"Fields without an access rule: {string.Join(", ", unruled)}");
    }

    [Theory]
    [MemberData(nameof(Matrix))]
    public async Task Each_role_and_agency_sees_exactly_what_the_rules_allow(string account, int listed, bool police, bool health, int fullOnMap)
    {
        using var client = await app.SignedIn(account);
        var data = await client.Data($$"""
            { incidents(first: 100) { totalCount edges { node { id sourceReference } } }
              police: incident(id: {{app.PoliceRecord}}) { id sourceReference }
              health: incident(id: {{app.HealthSensitiveRecord}}) { id }
              incidentMap { fullRecords generalisedRecords { value display } } }
            """);
        Assert.Equal(listed, data["incidents"]!["totalCount"]!.GetValue<int>());
        Assert.Equal(police, data["police"] is not null);
        Assert.Equal(health, data["health"] is not null);
        Assert.Equal(fullOnMap, data["incidentMap"]!["fullRecords"]!.GetValue<int>());
    }

    [Fact]
    public async Task Partners_see_counts_in_100_m_cells_with_small_numbers_withheld()
    {
        using var client = await app.SignedIn("partner.housing");
        var map = (await client.Data("{ incidentMap { generalisedRecords { value display } features } }"))["incidentMap"]!;
        var cells = map["features"]!["features"]!.AsArray().Select(f => f!["properties"]!).ToList();
        Assert.All(cells, p => Assert.Equal("incidentCell", p!["kind"]!.GetValue<string>()));
        Assert.Contains(cells, p => p!["label"]!.GetValue<string>() == "12");
        Assert.Contains(cells, p => p!["label"]!.GetValue<string>() == "<5" && p["count"] is null);
        Assert.DoesNotContain(cells, p => p!["count"] is JsonValue v && v.GetValue<int>() < 5);
        // 13 council + 1 police generalised for housing; the health record is a signpost, not counted: 14 rounds to 15.
        Assert.Equal("15", map["generalisedRecords"]!["display"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_partner_cannot_find_a_lone_record_by_narrowing_or_differencing_windows()
    {
        using var client = await app.SignedIn("partner.housing");
        async Task<(string Total, List<string> Cells)> Window(double minX, double minY, double maxX, double maxY)
        {
            var map = (await client.Data("query($b: BoundingBox) { incidentMap(filter: { boundingBox: $b }) { generalisedRecords { display } features } }",
                new { b = new { minX, minY, maxX, maxY, crs = "BRITISH_NATIONAL_GRID" } }))["incidentMap"]!;
            return (map["generalisedRecords"]!["display"]!.GetValue<string>(),
                map["features"]!["features"]!.AsArray().Select(f => f!["properties"]!["label"]!.GetValue<string>()).ToList());
        }
        // The lone record is at (421234, 421987): a window around its exact spot and one that only just misses it
        // answer the same, because generalised records are matched on their cell (centre 421250, 421950), not their spot.
        var around = await Window(421230, 421980, 421240, 421990);
        var justMissing = await Window(421236, 421980, 421299, 421990);
        Assert.Equal(around.Total, justMissing.Total);
        Assert.Equal(around.Cells, justMissing.Cells);
        Assert.Equal(["<5"], (await Window(421240, 421940, 421260, 421960)).Cells);
        // The whole district and the district without that cell differ by a rounded total, never by 1.
        var all = await Window(401000, 402000, 428000, 427500);
        var withoutCell = await Window(401000, 402000, 421200, 427500);
        Assert.Equal(0, (int.Parse(all.Total) - int.Parse(withoutCell.Total)) % 5);
    }

    [Fact]
    public async Task Break_glass_opens_one_record_for_a_stated_reason_and_is_audited()
    {
        using var client = await app.SignedIn("partner.health");
        var (_, refused) = await client.Post($"mutation {{ breakGlass(incidentId: {app.PoliceRecord}, reason: \"need it\") {{ id }} }}");
        Assert.Contains("at least 20 characters", refused.FirstError());
        var opened = await client.Data($"mutation {{ breakGlass(incidentId: {app.PoliceRecord}, reason: \"Safeguarding referral for a patient seen in A&E today\") {{ id sourceReference }} }}");
        Assert.Equal(app.PoliceRecord.ToString(), opened["breakGlass"]!["id"]!.GetValue<string>());
        Assert.Equal(1, await app.Scalar<long>("SELECT count(*) FROM audit_log WHERE action = 'break-glass' AND username = 'partner.health' AND reason LIKE 'Safeguarding%'"));
    }

    [Fact]
    public async Task The_audit_log_refuses_updates_and_deletes()
    {
        using var client = await app.SignedIn("analyst.police");
        await client.Data($"{{ incident(id: {app.PoliceRecord}) {{ id }} }}");
        Assert.True(await app.Scalar<long>($"SELECT count(*) FROM audit_log WHERE action = 'read incident' AND subject = 'incident:{app.PoliceRecord}'") >= 1);
        foreach (var change in new[] { "UPDATE audit_log SET username = 'someone else'", "DELETE FROM audit_log", "TRUNCATE audit_log" })
        {
            // The server's own role has no right to change it...
            var asServer = await Assert.ThrowsAsync<Npgsql.PostgresException>(() => app.Execute(change));
            Assert.Equal("42501", asServer.SqlState);
            // ...and even the owner is stopped by the table's triggers.
            await using var owner = Hotspots.Database.DatabaseServices.CreateDataSource(app.ConnectionString, role: null);
            var asOwner = await Assert.ThrowsAsync<Npgsql.PostgresException>(async () => await owner.CreateCommand(change).ExecuteNonQueryAsync());
            Assert.Contains("append-only", asOwner.MessageText);
        }
    }
}
