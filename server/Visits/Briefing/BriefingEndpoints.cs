using Hotspots.Access;

namespace Hotspots.Visits;

/// <summary>The briefing pack and route exports of an operation: signed-in, visible to its planners and team, audited, classified.</summary>
public static class BriefingEndpoints
{
    public static WebApplication MapVisits(this WebApplication app)
    {
        var visits = app.MapGroup("/visits/{id:long}").RequireRateLimiting(AccessServices.ApiLimit);
        visits.MapGet("/briefing", (long id, HttpContext http) => Serve(http, id, "read visit briefing", "text/html; charset=utf-8", async (visit, viewer) =>
        {
            // The ranking the operation was planned with; ranked now only for an operation saved before rankings were kept.
            var planned = await http.RequestServices.GetRequiredService<PlannedRankings>().For(viewer, id, http.RequestAborted);
            var targets = planned?.Targets ?? (await http.RequestServices.GetRequiredService<TargetRanker>().RankInVisit(viewer, id, http.RequestAborted)).Targets;
            var known = targets.ToDictionary(t => (t.Kind, t.PlaceId));
            var (area, names) = await http.RequestServices.GetRequiredService<Database.UnitOfWork>().Read(viewer,
                async work => (await RouteSvg.AreaOf(work, id), await BriefingNames.Read(work, visit)), http.RequestAborted);
            await http.Response.WriteAsync(BriefingPage.Html(visit, known, names, viewer.Username, RouteSvg.Of(visit, area)), http.RequestAborted);
        }));
        visits.MapGet("/route.gpx", (long id, HttpContext http) => Serve(http, id, "export visit gpx", "application/gpx+xml", async (visit, _) =>
        {
            using var buffer = new MemoryStream();
            RouteGpx.Write(buffer, visit);
            await http.Response.Body.WriteAsync(buffer.ToArray(), http.RequestAborted);
        }));
        visits.MapGet("/route.geojson", (long id, HttpContext http) => Serve(http, id, "export visit geojson", "application/geo+json",
            (visit, _) => http.Response.WriteAsync(RouteGeoJson.Of(visit), http.RequestAborted)));
        visits.MapGet("/route.csv", (long id, HttpContext http) => Serve(http, id, "export visit csv", "text/csv; charset=utf-8", async (visit, _) =>
        {
            await using var text = new StringWriter();
            RouteCsv.Write(text, visit);
            await http.Response.WriteAsync(text.ToString(), http.RequestAborted);
        }));
        return app;
    }

    private static async Task<IResult> Serve(HttpContext http, long id, string action, string contentType, Func<Visit, Viewer, Task> write)
    {
        if (Viewer.From(http.User) is not { } viewer) return Results.Unauthorized();
        var visit = await http.RequestServices.GetRequiredService<VisitReader>().ById(viewer, id, http.RequestAborted);
        if (visit is null) return Results.NotFound();
        await http.RequestServices.GetRequiredService<AuditLog>().Record(viewer, action, $"visit:{id}", new { stops = visit.Route.Count }, cancel: http.RequestAborted);
        http.Response.ContentType = contentType;
        http.Response.Headers["X-Classification"] = Classification.Marking;
        http.Response.Headers.CacheControl = "no-store";
        await write(visit, viewer);
        return Results.Empty;
    }
}
