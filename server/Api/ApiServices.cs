using GraphQL;

namespace Hotspots.Api;

public static class ApiServices
{
    public const int MaxDepth = 15;
    public const int MaxComplexity = 25_000;

    public static IServiceCollection AddApi(this IServiceCollection services)
    {
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
