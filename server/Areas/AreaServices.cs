namespace Hotspots.Areas;

public static class AreaServices
{
    public static IServiceCollection AddAreas(this IServiceCollection services) => services
        .AddSingleton<AreaSearch>().AddSingleton<CustomAreas>();
}
