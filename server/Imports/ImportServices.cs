namespace Hotspots.Imports;

public static class ImportServices
{
    public static IServiceCollection AddImports(this IServiceCollection services) => services
        .AddSingleton<Importer>().AddSingleton<ImportJobs>().AddSingleton<ImportRecords>();
}
