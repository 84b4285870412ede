using Hotspots.Access;

namespace Hotspots.Problems;

/// <summary>The problem-solving doors besides /graphql: the live meeting stream and the meeting pack.</summary>
public static class ProblemEndpoints
{
    public static WebApplication MapProblems(this WebApplication app)
    {
        var groups = app.MapGroup("/problems/groups/{id:long}").RequireRateLimiting(AccessServices.ApiLimit);
        groups.MapGet("/live", MeetingStream.Follow);
        groups.MapGet("/pack", async (long id, HttpContext http, MeetingPacks packs, AuditLog audit) =>
        {
            if (Viewer.From(http.User) is not { } viewer) return Results.Unauthorized();
            if (await packs.For(viewer, id, http.RequestAborted) is not { } pack) return Results.NotFound();
            await audit.Record(viewer, "export meeting pack", $"group:{id}",
                new { plans = pack.Plans.Select(p => p.Plan.Id), marking = pack.Marking }, cancel: http.RequestAborted);
            http.Response.Headers["X-Classification"] = pack.Marking;
            http.Response.Headers.CacheControl = "no-store";
            return Results.Content(MeetingPackPage.Html(pack), "text/html; charset=utf-8");
        });
        return app;
    }
}
