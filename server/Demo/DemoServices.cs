namespace Hotspots.Demo;

public static class DemoServices
{
    public static IServiceCollection AddDemoData(this IServiceCollection services, IConfiguration configuration) =>
        configuration.GetValue<bool>("Hotspots:LoadDemoData") ? services.AddSingleton<DemoPartnership>().AddHostedService<DemoLoader>() : services;
}
