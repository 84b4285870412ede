namespace Hotspots.Incidents;

public static class IncidentServices
{
    public static IServiceCollection AddIncidents(this IServiceCollection services) => services
        .AddSingleton<IncidentSearch>().AddSingleton<IncidentMap>().AddSingleton<IncidentTiles>().AddSingleton<ViewerRights>()
        .AddSingleton<BreakGlass>().AddSingleton<Signposts>().AddSingleton<RecordAccessRequests>();
}
