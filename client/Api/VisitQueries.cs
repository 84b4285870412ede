namespace Hotspots.Client.Api;

public static class VisitQueries
{
    private const string StopFields = "position metresFromPrevious cumulativeMetres arrive leave target { id kind placeId name address category }";
    private const string OutcomeFields = "id idempotencyKey visitTargetId concernsFound replayed";
    private const string VisitFields = $$"""
        id name theme plannedOn leadAgency travelMode totalMetres warnings briefingUrl classification
        team { username agency nrmFirstResponder } route { {{StopFields}} } outcomes { {{OutcomeFields}} }
        """;

    public static Task<List<AreaChoice>> AreasOfKind(this GraphQLClient client, string kind) => client.AllPages<AreaChoice>("areas", $$"""
        query($after: String) { areas(kind: {{kind}}, first: 1000, after: $after) { pageInfo { hasNextPage endCursor } items { id name kind } } }
        """);

    public static Task<TargetRanking> Targets(this GraphQLClient client, string areaId) => client.Field<TargetRanking>("visitTargets", """
        query($areaId: ID!) { visitTargets(area: { areaId: $areaId }, first: 50) { candidateCount distanceMetres periodDays
          targets { rank kind placeId name address category score lastVisitedOn terms { term label input weight points } } } }
        """, new { areaId });

    public static Task<Visit> PlanVisit(this GraphQLClient client, VisitPlan plan) => client.Field<Visit>("planVisit", $$"""
        mutation($plan: VisitPlanInput!) { planVisit(plan: $plan) { {{VisitFields}} } }
        """, new
    {
        plan = new
        {
            plan.Name, plan.Theme, plannedOn = plan.PlannedOn.ToString("yyyy-MM-dd"), plan.LeadAgency, area = new { areaId = plan.AreaId },
            plan.TravelMode, plan.VictimsExpected, plan.Team, plan.Targets,
        },
    });

    public static Task<List<VisitSummary>> Visits(this GraphQLClient client) => client.Field<List<VisitSummary>>("visits", $$"""
        { visits { id name plannedOn leadAgency route { {{StopFields}} } outcomes { {{OutcomeFields}} } } }
        """);

    public static Task<Visit?> Visit(this GraphQLClient client, string id) =>
        client.Field<Visit?>("visit", $$"""query($id: ID!) { visit(id: $id) { {{VisitFields}} } }""", new { id });

    public static Task<RecordedOutcome> RecordOutcome(this GraphQLClient client, VisitOutcomeInput outcome) => client.Field<RecordedOutcome>("recordVisitOutcome", $$"""
        mutation($o: VisitOutcomeInput!) { recordVisitOutcome(outcome: $o) { {{OutcomeFields}} } }
        """, new { o = outcome });
}
