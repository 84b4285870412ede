using Hotspots.Access;
using Hotspots.Analysis;
using Hotspots.Api;
using Hotspots.Api.Ogc;
using Hotspots.Areas;
using Hotspots.Database;
using Hotspots.Demo;
using Hotspots.Imports;
using Hotspots.Incidents;
using Hotspots.Places;
using Hotspots.Problems;
using Hotspots.Telemetry;
using Hotspots.Visits;

namespace Hotspots;

public static class Server
{
    public static int Run(string[] args)
    {
        Build(WebApplication.CreateBuilder(args)).Run();
        return 0;
    }

    public static WebApplication Build(WebApplicationBuilder builder)
    {
        if (string.IsNullOrEmpty(builder.Configuration["urls"])) builder.WebHost.UseUrls("http://localhost:5080");
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = 10 * 1024 * 1024);
        builder.Logging.AddQuietLogs(builder.Configuration);
        builder.Services.AddTelemetry(builder.Configuration).AddDatabase(builder.Configuration).AddAccess(builder.Configuration).AddProxies(builder.Configuration)
            .AddIncidents().AddPlaces().AddAreas().AddAnalysis().AddImports().AddProblems().AddVisits()
            .AddApi().AddTiles().AddOgc().AddDemoData(builder.Configuration);
        var app = builder.Build();
        app.UseProxies().UseSecurityHeaders().UseDatabaseTroubleAnswers().UseAuthentication().UseAuthorization().UseRateLimiter();
        app.MapReadiness().MapAccess().MapGraphQL().MapTiles().MapImports().MapVisits().MapProblems().MapAnalysisExports().MapOgc();
        app.MapStaticAssets().AllowAnonymous();
        app.MapFallbackToFile("index.html").AllowAnonymous();
        return app;
    }
}
