using Hotspots.Access;

namespace Hotspots.Problems;

/// <summary>The problem-solving doors besides /graphql: the live meeting stream, the meeting pack and the board report's files.</summary>
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
        app.MapGet("/problems/board-report.csv", (DateOnly from, DateOnly to, HttpContext http, BoardFigures board) => Board(http, board, from, to,
            report => Results.Text(BoardExport.Csv(report), "text/csv; charset=utf-8"))).RequireRateLimiting(AccessServices.ApiLimit);
        app.MapGet("/problems/board-report.xlsx", (DateOnly from, DateOnly to, HttpContext http, BoardFigures board) => Board(http, board, from, to,
            report => Results.File(BoardExport.Xlsx(report), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"board-report-{from:yyyy-MM-dd}-{to:yyyy-MM-dd}.xlsx")))
            .RequireRateLimiting(AccessServices.ApiLimit);
        return app;
    }

    private static async Task<IResult> Board(HttpContext http, BoardFigures board, DateOnly from, DateOnly to, Func<BoardReport, IResult> file)
    {
        if (Viewer.From(http.User) is not { } viewer) return Results.Unauthorized();
        try
        {
            http.Response.Headers.CacheControl = "no-store";
            var report = await board.For(viewer, from, to, http.RequestAborted);
            http.Response.Headers["X-Classification"] = BoardExport.Marking;
            return file(report);
        }
        catch (ProblemRefused refused)
        {
            return Results.BadRequest(refused.Message);
        }
    }
}
