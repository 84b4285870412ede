using System.Text.Json;

namespace Hotspots.Client.Visits;

public static class VisitQueries
{
    private const string StopFields = "position metresFromPrevious cumulativeMetres arrive leave target { id kind placeId name address category location }";
    private const string OutcomeFields = "id idempotencyKey visitTargetId concernsFound replayed followUps { what owner actionId waitingReason }";
    private const string VisitFields = $$"""
        id name theme plannedOn startsAt leadAgency travelMode speedKmh minutesPerVisit totalMetres warnings briefingUrl area version planId manualOrder victimsExpected classification
        team { username agency powersOfEntry nrmFirstResponder } contacts { kind name phone notes }
        route { {{StopFields}} } outcomes { {{OutcomeFields}} }
        """;

    public static Task<List<AreaChoice>> AreasOfKind(this GraphQLClient client, string kind) => client.AllPages<AreaChoice>("areas", $$"""
        query($after: String) { areas(kind: {{kind}}, first: 1000, after: $after) { pageInfo { hasNextPage endCursor } items { id name kind } } }
        """);

    public static Task<TargetRanking> Targets(this GraphQLClient client, string areaId) => client.Field<TargetRanking>("visitTargets", """
        query($areaId: ID!) { visitTargets(area: { areaId: $areaId }, first: 50) { candidateCount distanceMetres periodDays
          targets { rank kind placeId name address category score lastVisitedOn location terms { term label input weight points } } } }
        """, new { areaId });

    public static Task<Visit> PlanVisit(this GraphQLClient client, VisitPlan plan) => client.Field<Visit>("planVisit", $$"""
        mutation($plan: VisitPlanInput!) { planVisit(plan: $plan) { {{VisitFields}} } }
        """, new
    {
        plan = new
        {
            plan.Name, plan.Theme, plannedOn = plan.PlannedOn.ToString("yyyy-MM-dd"), plan.LeadAgency, area = new { areaId = plan.AreaId },
            plan.TravelMode, plan.VictimsExpected, plan.Team, plan.Targets, plan.StartsAt, plan.MeetingPoint, plan.Contacts, plan.PlanId,
        },
    });

    public static Task<List<TeamChoice>> TeamChoices(this GraphQLClient client) => client.Field<List<TeamChoice>>("visitTeamChoices",
        "{ visitTeamChoices { username name role agency agencyName powersOfEntry } }");

    /// <summary>One area with its boundary, to show the operation's area while planning.</summary>
    public static Task<AreaChoice?> AreaBoundary(this GraphQLClient client, string id) =>
        client.Field<AreaChoice?>("area", "query($id: ID!) { area(id: $id) { id name kind boundary } }", new { id });

    /// <summary>Ranked targets inside an operation's own area, to add to it.</summary>
    public static Task<TargetRanking> TargetsWithin(this GraphQLClient client, JsonElement area) => client.Field<TargetRanking>("visitTargets", """
        query($within: GeoJSON!) { visitTargets(area: { within: $within }, first: 50) { candidateCount distanceMetres periodDays
          targets { rank kind placeId name address category score lastVisitedOn terms { term label input weight points } } } }
        """, new { within = area });

    /// <summary>Changes an operation on the version read; a stale version comes back as a <see cref="GraphQLException"/> naming who changed what.</summary>
    public static Task<Visit> UpdateVisit(this GraphQLClient client, string id, int version, object changes) => client.Field<Visit>("updateVisit", $$"""
        mutation($id: ID!, $version: Int!, $changes: VisitChanges!) { updateVisit(id: $id, version: $version, changes: $changes) { {{VisitFields}} } }
        """, new { id, version, changes });

    public static Task<JsonElement> VisitedTargets(this GraphQLClient client) =>
        client.Field<JsonElement>("visitedTargetsMap", "{ visitedTargetsMap }");

    // The list reads only what it counts: whole routes and outcomes of every operation are over the query complexity limit.
    public static Task<List<VisitSummary>> Visits(this GraphQLClient client) => client.Field<List<VisitSummary>>("visits", $$"""
        { visits { id name plannedOn leadAgency route { position target { id location } } outcomes { id visitTargetId } } }
        """);

    public static Task<Visit?> Visit(this GraphQLClient client, string id) =>
        client.Field<Visit?>("visit", $$"""query($id: ID!) { visit(id: $id) { {{VisitFields}} } }""", new { id });

    public static Task<RecordedOutcome> RecordOutcome(this GraphQLClient client, VisitOutcomeInput outcome) => client.Field<RecordedOutcome>("recordVisitOutcome", $$"""
        mutation($o: VisitOutcomeInput!) { recordVisitOutcome(outcome: $o) { {{OutcomeFields}} } }
        """, new { o = outcome });

    private const string NrmFields = "referral { id reference reasonableGrounds reasonableGroundsOn conclusiveGrounds conclusiveGroundsOn } visitId visitName visitedOn targetName stage";

    public static Task<List<NrmReferral>> NrmReferrals(this GraphQLClient client) =>
        client.Field<List<NrmReferral>>("nrmReferrals", $"{{ nrmReferrals {{ {NrmFields} }} }}");

    public static Task<NrmReferralReferral> RecordNrmDecision(this GraphQLClient client, string referralId, string stage, string decision, DateOnly decidedOn) =>
        client.Field<NrmReferralReferral>("recordNrmDecision", """
            mutation($r: ID!, $s: NrmStage!, $d: NrmDecision!, $on: DateOnly!) { recordNrmDecision(referralId: $r, stage: $s, decision: $d, decidedOn: $on) {
              id reference reasonableGrounds reasonableGroundsOn conclusiveGrounds conclusiveGroundsOn } }
            """, new { r = referralId, s = stage, d = decision, on = decidedOn.ToString("yyyy-MM-dd") });

    public static Task<NrmReferralReferral> SetReferralReference(this GraphQLClient client, string referralId, string reference) =>
        client.Field<NrmReferralReferral>("setReferralReference", """
            mutation($r: ID!, $ref: String) { setReferralReference(referralId: $r, reference: $ref) {
              id reference reasonableGrounds reasonableGroundsOn conclusiveGrounds conclusiveGroundsOn } }
            """, new { r = referralId, @ref = reference });
}
