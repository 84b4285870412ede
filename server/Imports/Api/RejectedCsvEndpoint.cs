using Hotspots.Access;
using Hotspots.Database;
using Hotspots.Incidents;

namespace Hotspots.Imports;

/// <summary>
/// GET /imports/{id}/rejected.csv: the rejected rows with line and reason, for the agency's analysts and administrators;
/// audited, and stamped with the import's marking (the rows are the source's own lines, victim details and all).
/// </summary>
public static class RejectedCsvEndpoint
{
    public static WebApplication MapImports(this WebApplication app)
    {
        app.MapGet("/imports/{id:long}/rejected.csv", async (long id, HttpContext http, ImportRecords records, UnitOfWork units) =>
        {
            if (Viewer.From(http.User) is not { } viewer) return Results.Unauthorized();
            if (await records.Rejected(viewer, id, int.MaxValue, http.RequestAborted) is not { } rows) return Results.NotFound();
            var marking = Marking.Text(Codes.Parse<Sensitivity>((await units.Read(viewer,
                work => work.Scalar<string>("SELECT sensitivity FROM imports WHERE id = $1", id), http.RequestAborted))!));
            var text = new StringWriter();
            text.WriteLine($"# {marking}: rows rejected from import {id}; remove this line before importing them again.");
            var csv = new RejectedRows(text);
            foreach (var row in rows) csv.Add(row.Line, row.Reason ?? "", row.Source ?? "");
            if (rows.Count == 0) text.WriteLine("line,reason,source");
            http.Response.Headers["X-Classification"] = marking;
            http.Response.Headers.CacheControl = "no-store";
            return Results.File(System.Text.Encoding.UTF8.GetBytes(text.ToString()), "text/csv; charset=utf-8", $"import-{id}-rejected.csv");
        }).RequireRateLimiting(AccessServices.ApiLimit);
        return app;
    }
}
