using System.Globalization;
using System.Text;
using Hotspots.Api;
using Hotspots.Incidents;

namespace Hotspots.Access;

/// <summary>
/// GET /audit/export.csv with the audit page's filter (action, username, agency, from, to): the entries the viewer may
/// search, as CSV under its marking. The export is itself audited, with its filter and how many rows it carried.
/// </summary>
public static class AuditExport
{
    /// <summary>Entries name records and the reasons given for opening them, so the file is handled as the records are.</summary>
    public static readonly string Marking = Incidents.Marking.Text(Sensitivity.OfficialSensitive);

    private static readonly string[] Header = ["When (UTC)", "Who", "Agency", "Action", "Record", "Reason", "From", "Detail"];

    public static async Task<IResult> Handle(HttpContext http, AuditSearch search, AuditLog audit, string? action, string? username,
        string? agency, DateTimeOffset? from, DateTimeOffset? to)
    {
        if (Viewer.From(http.User) is not { } viewer) return Results.Unauthorized();
        if (AuditSearch.Refusal(viewer) is { } refusal) return Results.Json(new SignInRefused(refusal), statusCode: StatusCodes.Status403Forbidden);
        var filter = new AuditFilter(action, username, agency, null, from, to);
        var entries = await search.Export(viewer, filter, http.RequestAborted);
        await audit.Record(viewer, "export audit log", detail: new { filter, rows = entries.Count, marking = Marking },
            origin: http.Connection.RemoteIpAddress?.ToString(), cancel: http.RequestAborted);
        http.Response.Headers.CacheControl = "no-store";
        http.Response.Headers["X-Classification"] = Marking;
        return Results.Text(Csv(entries), "text/csv; charset=utf-8");
    }

    public static string Csv(IEnumerable<AuditEntry> entries)
    {
        var text = new StringBuilder($"# {Marking}: Hotspots audit log\n").Append(CsvCell.Row(Header)).Append('\n');
        foreach (var e in entries)
            text.Append(CsvCell.Row([e.At.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), e.Username, e.Agency,
                e.Action, e.Subject, e.Reason, e.Origin, e.Detail])).Append('\n');
        return text.ToString();
    }
}
