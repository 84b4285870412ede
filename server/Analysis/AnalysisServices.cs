namespace Hotspots.Analysis;

public static class AnalysisServices
{
    public static IServiceCollection AddAnalysis(this IServiceCollection services) => services
        .AddSingleton<AnalysisInputs>().AddSingleton<AnalysisGeoJson>().AddSingleton<AnalysisRunStore>().AddSingleton<AnalysisRunner>()
        .AddSingleton<AnalysisQueue>().AddSingleton<SavedHotspots>().AddSingleton<CellCounts>().AddSingleton<IncidentTrends>()
        .AddSingleton<HotspotEvaluations>().AddSingleton<RunComparisons>().AddSingleton<HotspotBoundaries>().AddSingleton<SavedHotspotFigures>()
        .AddSingleton<RunLayers>().AddSingleton<NearRepeatAnalysis>();
}
