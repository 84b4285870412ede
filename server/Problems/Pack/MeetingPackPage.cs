using System.Net;
using System.Text;
using Hotspots.Database;
using Hotspots.Visits;

namespace Hotspots.Problems;

/// <summary>The printable meeting pack: one HTML page that prints to PDF (A4, banner on every printed page) from any browser.</summary>
public static class MeetingPackPage
{
    private const string Style = """
        body{font:10.5pt system-ui,sans-serif;margin:1.5cm} .banner{background:#b00;color:#fff;font-weight:bold;text-align:center;padding:4px}
        table{border-collapse:collapse;width:100%} td,th{border:1px solid #999;padding:3px;text-align:left;vertical-align:top}
        .overdue{color:#b00;font-weight:bold} .rag.red{background:#d4351c;color:#fff} .rag.amber{background:#f47738} .rag.green{background:#00703c;color:#fff} section{page-break-inside:avoid} dt{font-weight:bold} dd{margin:0 0 .4em 1em}
        svg.map{width:100%;max-height:14cm;border:1px solid #999;background:#f7f7f2} .area{fill:#e6a23c33;stroke:#b35900;stroke-width:.3%}
        .pin{fill:#1565c0} .pin-area{fill:#1565c033;stroke:#1565c0} svg text{fill:#0d2a4d;font-weight:bold}
        @page{size:A4;margin:1.2cm} @media print{body{margin:0} .banner{position:fixed;left:0;right:0} .banner.top{top:0} .banner.bottom{bottom:0}
        main{margin:1cm 0} h2{page-break-before:auto}}
        """;

    public static string Html(MeetingPack pack)
    {
        static string E(object? text) => WebUtility.HtmlEncode(text?.ToString() ?? "");
        static string L<T>(T value) where T : struct, Enum => BriefingNames.Label(Codes.Of(value));
        string Name(string username) => pack.Group.Members.FirstOrDefault(m => m.Username == username)?.DisplayName ?? username;
        var page = new StringBuilder($$"""
            <!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>{{E(pack.Group.Name)}} — meeting pack ({{pack.Marking}})</title>
            <style>{{Style}}</style></head><body><div class="banner top">{{pack.Marking}}</div><main>
            <h1>{{E(pack.Group.Name)}}: meeting pack</h1>
            <p>Chaired by {{E(Name(pack.Group.Chair))}}; agencies {{E(string.Join(", ", pack.Group.Agencies.Select(BriefingNames.Label)))}}. Prepared for {{E(Name(pack.PreparedFor))}} on {{pack.Today:d MMM yyyy}}.
            Handle as {{pack.Marking}}: share only within the group.</p>
            <h2>Map</h2>{{pack.MapSvg}}
            """);
        var number = 0;
        foreach (var (plan, actions, annotations) in pack.Plans)
        {
            page.Append($"""
                <section class="plan"><h2>{E(plan.Title)}</h2><dl>
                <dt>Stage</dt><dd>{L(plan.Status)}, {L(plan.Priority).ToLowerInvariant()} priority, review {(plan.ReviewOn is { } r ? r.ToString("d MMM yyyy") : "not set")}, version {plan.Version}</dd>
                <dt>Lead</dt><dd>{E(plan.LeadOfficer ?? "—")} ({E(plan.LeadAgency ?? "no lead agency")})</dd>
                <dt>Objective</dt><dd>{E(plan.Objective ?? "—")}{(plan.Impact is { } i ? $" (impact: {L(i).ToLowerInvariant()}{(plan.TargetReductionPercent is { } t ? $" by {t:0.#}%" : "")})" : "")}</dd>
                <dt>Problem</dt><dd>{E(plan.ProblemStatement ?? "—")}</dd>
                <dt>Hypothesis</dt><dd>{E(plan.Hypothesis ?? "—")}</dd>
                <dt>Responses</dt><dd>{E(plan.Responses ?? "—")}</dd></dl>
                <h3>Actions</h3>
                """);
            page.Append(actions.Count == 0 ? "<p>No actions.</p>" : "<table><tr><th>What</th><th>Agency</th><th>Owner</th><th>Due</th><th>Status</th><th>RAG</th><th>Latest update</th><th>Objective</th></tr>");
            foreach (var a in actions)
                page.Append($"<tr class=\"{(a.OverdueOn(pack.Today) ? "overdue" : "")}\"><td>{E(a.What)}</td><td>{E(BriefingNames.Label(a.OwningAgency))}</td><td>{E(a.OwnerName)}</td>" +
                    $"<td>{a.DueOn:d MMM yyyy}{(a.OverdueOn(pack.Today) ? " (overdue)" : "")}</td><td>{L(a.Status)}</td>" +
                    $"<td class=\"rag {(a.Rag is { } rag ? Codes.Of(rag) : "")}\">{(a.Rag is { } g ? L(g) : "Not reported")}</td>" +
                    $"<td>{(a.Comments.LastOrDefault() is { } note ? $"{E(note.Text)} — {E(note.AuthorName)}, {note.CreatedAt:d MMM yyyy}" : "—")}</td><td>{L(a.Objective)}</td></tr>");
            if (actions.Count > 0) page.Append("</table>");
            page.Append("<h3>Annotations</h3>").Append(annotations.Count == 0 ? "<p>None pinned.</p>" : "<ol class=\"annotations\">");
            foreach (var n in annotations)
            {
                page.Append($"<li value=\"{++number}\">{E(n.Text)} — {E(Name(n.Author))} ({E(BriefingNames.Label(n.Agency))}), {n.CreatedAt:d MMM yyyy}");
                foreach (var reply in n.Replies) page.Append($"<br>↳ {E(reply.Text)} — {E(Name(reply.Author))} ({E(BriefingNames.Label(reply.Agency))})");
                page.Append("</li>");
            }
            if (annotations.Count > 0) page.Append("</ol>");
            page.Append("</section>");
        }
        page.Append("<h2>Minutes and decisions</h2>").Append(pack.Meetings.Count == 0 ? "<p>No meeting recorded yet.</p>" : "");
        foreach (var m in pack.Meetings)
        {
            page.Append($"<section class=\"meeting\"><h3>{m.HeldAt.ToLocalTime():d MMM yyyy HH:mm}</h3><p>Attended: {E(string.Join(", ", m.AttendeeNames))}</p><p>{E(m.Minutes)}</p><ul>");
            foreach (var d in m.Decisions) page.Append($"<li>{E(d)}</li>");
            page.Append("</ul></section>");
        }
        page.Append($"</main><div class=\"banner bottom\">{pack.Marking}</div></body></html>");
        return page.ToString();
    }
}
