namespace Hotspots.Places;

public static class PlaceServices
{
    public static IServiceCollection AddPlaces(this IServiceCollection services) => services
        .AddSingleton<PlaceSearch>().AddSingleton<PlaceTiles>();
}
