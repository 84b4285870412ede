using GraphQL;
using Hotspots.Problems;

namespace Hotspots.Api;

public static class ApiServices
{
    public const int MaxDepth = 15;
    public const int MaxComplexity = 25_000;

    public static IServiceCollection AddApi(this IServiceCollection services)
    {
        services.AddSingleton<Incidents.IncidentSearch>().AddSingleton<Incidents.IncidentMap>().AddSingleton<Incidents.BreakGlass>()
            .AddSingleton<Incidents.Signposts>().AddSingleton<Incidents.RecordAccessRequests>()
            .AddSingleton<Places.PlaceSearch>().AddSingleton<Areas.AreaSearch>()
            .AddSingleton<Analysis.AnalysisInputs>().AddSingleton<Analysis.AnalysisGeoJson>().AddSingleton<Analysis.AnalysisRunStore>().AddSingleton<Analysis.AnalysisRunner>().AddSingleton<Analysis.AnalysisQueue>().AddSingleton<Analysis.SavedHotspots>()
            .AddSingleton<Analysis.CellCounts>().AddSingleton<Analysis.IncidentTrends>().AddSingleton<Analysis.HotspotEvaluations>().AddSingleton<Analysis.RunComparisons>().AddSingleton<Analysis.HotspotBoundaries>().AddSingleton<Analysis.SavedHotspotFigures>()
            .AddSingleton<Imports.Importer>().AddSingleton<Imports.ImportJobs>().AddSingleton<Imports.ImportRecords>();
        services.AddProblems();
        return services.AddGraphQL(graphql => graphql
            .AddSchema<HotspotsSchema>()
            .AddGraphTypes(typeof(HotspotsSchema).Assembly)
            .AddSystemTextJson()
            .AddErrorInfoProvider(new ErrorMessages())
            .AddUnhandledExceptionHandler(context =>
            {
                var configuration = context.ExecutionOptions.RequestServices!.GetRequiredService<IConfiguration>();
                if (Database.DatabaseTrouble.Describe(context.OriginalException, Database.DatabaseTrouble.CommandTimeoutSeconds(configuration)) is { } message)
                    context.ErrorMessage = message;
                return Task.CompletedTask;
            })
            .AddComplexityAnalyzer(options =>
            {
                options.MaxDepth = MaxDepth;
                options.MaxComplexity = MaxComplexity;
            }));
    }
}
