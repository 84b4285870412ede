namespace Hotspots.Visits;

public static class VisitServices
{
    public static IServiceCollection AddVisits(this IServiceCollection services) => services
        .AddSingleton<RiskWeightStore>().AddSingleton<TargetRanker>().AddSingleton<VisitPlanner>().AddSingleton<VisitReader>()
        .AddSingleton<OutcomeReader>().AddSingleton<OutcomeRecorder>().AddSingleton<NrmDecisions>().AddSingleton<ReferralReferences>().AddSingleton<NrmReferrals>().AddSingleton<VisitedMap>()
        .AddSingleton<VisitEditor>().AddSingleton<FollowUpActions>().AddSingleton<PlannedRankings>().AddSingleton<TeamChoices>();
}
