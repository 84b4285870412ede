using Hotspots.Access;

namespace Hotspots.Imports;

/// <summary>GET /imports/{id}/rejected.csv: the rejected rows with line and reason, for the agency's analysts and administrators; audited.</summary>
public static class RejectedCsvEndpoint
{
    public static WebApplication MapImports(this WebApplication app)
    {
        app.MapGet("/imports/{id:long}/rejected.csv", async (long id, HttpContext http, ImportRecords records) =>
        {
            if (Viewer.From(http.User) is not { } viewer) return Results.Unauthorized();
            if (await records.Rejected(viewer, id, int.MaxValue, http.RequestAborted) is not { } rows) return Results.NotFound();
            var text = new StringWriter();
            var csv = new RejectedRows(text);
            foreach (var row in rows) csv.Add(row.Line, row.Reason ?? "", row.Source ?? "");
            if (rows.Count == 0) text.WriteLine("line,reason,source");
            return Results.File(System.Text.Encoding.UTF8.GetBytes(text.ToString()), "text/csv; charset=utf-8", $"import-{id}-rejected.csv");
        }).RequireRateLimiting(AccessServices.ApiLimit);
        return app;
    }
}
