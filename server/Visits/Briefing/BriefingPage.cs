using System.Net;
using System.Text;
using System.Text.Json;

namespace Hotspots.Visits;

/// <summary>
/// The printable briefing pack under the IIMARCH headings UK operational briefings use (Information, Intent, Method,
/// Administration, Risk assessment, Communications, Humanitarian issues), in people's names and plain labels only.
/// </summary>
public static class BriefingPage
{
    public static readonly string[] Headings = ["Information", "Intent", "Method", "Administration", "Risk assessment", "Communications", "Humanitarian issues"];

    private static string E(object? text) => WebUtility.HtmlEncode(text?.ToString() ?? "");

    public static string Html(Visit visit, IReadOnlyDictionary<(TargetKind, long), RankedTarget> known, BriefingNames names, string viewer, string routeMap)
    {
        var banner = $"<div class=\"banner\">{Classification.Marking}</div>";
        var page = new StringBuilder($$"""
            <!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>{{E(visit.Name)}} — briefing ({{Classification.Marking}})</title>
            <style>body{font:11pt system-ui,sans-serif;margin:1.5cm} .banner{background:#b00;color:#fff;font-weight:bold;text-align:center;padding:4px}
            table{border-collapse:collapse;width:100%} td,th{border:1px solid #999;padding:3px;text-align:left;vertical-align:top}
            .warning{color:#b00;font-weight:bold} section{page-break-inside:avoid}</style></head><body>
            {{banner}}<h1>{{E(visit.Name)}}</h1>
            <p>{{visit.PlannedOn:dddd d MMMM yyyy}}, starting {{visit.StartsAt:HH:mm}}; led by {{E(names.Agency(visit.LeadAgency))}}.
            Prepared for {{E(names.Person(viewer))}}. {{Classification.Handling}}</p>
            """);
        Information(page, visit, known, names);
        page.Append($"<h2>Intent</h2><p>To visit {visit.Route.Count} place{(visit.Route.Count == 1 ? "" : "s")}" +
            $"{(visit.Theme is { Length: > 0 } theme ? $" ({E(theme)})" : "")} to find and safeguard potential victims of modern slavery, " +
            "gather intelligence and give advice, so that exploitation here is disrupted.</p>");
        Method(page, visit, routeMap);
        Administration(page, visit, names);
        page.Append("<h2>Risk assessment</h2>");
        foreach (var warning in visit.Warnings) page.Append($"<p class=\"warning\">{E(warning)}</p>");
        page.Append("<ul>");
        foreach (var s in visit.Route)
            if (known.TryGetValue((s.Target.Kind, s.Target.PlaceId), out var k))
                page.Append($"<li>{s.Leg.Position}. {E(s.Target.Name)}: risk score {k.Score:0.0} (" +
                    string.Join("; ", k.Terms.Select(t => $"{E(t.Label)}: {E(Words(t))}")) + ")</li>");
        page.Append("</ul>");
        page.Append("<h2>Communications</h2><p>Safeguarding contacts for the day:</p><table><tr><th>Name</th><th>Role</th><th>Phone</th><th>Notes</th></tr>");
        foreach (var c in visit.Contacts) page.Append($"<tr><td>{E(c.Name)}</td><td>{E(BriefingNames.Label(Snake(c.Kind.ToString())))}</td><td>{E(c.Phone)}</td><td>{E(c.Notes)}</td></tr>");
        if (visit.Contacts.Count == 0) page.Append("<tr><td colspan=\"4\">None given: add safeguarding contacts to the operation.</td></tr>");
        page.Append("</table>");
        Humanitarian(page, visit, names);
        page.Append($"{banner}</body></html>");
        return page.ToString();
    }

    private static void Information(StringBuilder page, Visit visit, IReadOnlyDictionary<(TargetKind, long), RankedTarget> known, BriefingNames names)
    {
        page.Append("<h2>Information</h2><table><tr><th>Stop</th><th>Place</th><th>Type</th><th>Address</th><th>Incidents nearby</th><th>Last visited</th></tr>");
        foreach (var s in visit.Route)
        {
            known.TryGetValue((s.Target.Kind, s.Target.PlaceId), out var k);
            // The ranking's own words for the incidents nearby: a count, or for enforcement officers a band of it, or withheld.
            var incidents = k?.Terms.Single(t => t.Term == "incidents").Input ?? "not ranked";
            if (k is { IncidentsByType.Count: > 0 })
                incidents += "; seen in full, by type: " + string.Join(", ", k.IncidentsByType.Select(i => $"{BriefingNames.Label(i.ExploitationType)} {i.Count.Display}"));
            page.Append($"<tr data-target=\"{s.Target.Id}\"><td>{s.Leg.Position}</td><td>{E(s.Target.Name)}</td>" +
                $"<td>{E(BriefingNames.Kind(s.Target.Kind))}: {E(BriefingNames.Label(s.Target.Category))}</td>" +
                $"<td>{E(s.Target.Address)} {E(s.Target.Postcode)}</td><td class=\"incidents\">{E(incidents)}</td>" +
                $"<td>{(k?.LastVisitedOn is { } d ? d.ToString("d MMM yyyy") : k is null ? "" : "never")}</td></tr>");
        }
        page.Append("</table>");
        if (visit.LinkedIncidentIds.Count > 0) page.Append($"<p>{visit.LinkedIncidentIds.Count} incident reports are linked to this operation for the team.</p>");
    }

    private static void Method(StringBuilder page, Visit visit, string routeMap)
    {
        var travel = visit.TravelMode == TravelMode.Walking ? "walking" : "driving";
        page.Append($"<h2>Method</h2><p>Meet at {E(MeetingPoint(visit.MeetingPoint))} at {visit.StartsAt:HH:mm}. " +
            $"{visit.Route.Count} stops, {visit.TotalMetres / 1000:0.0} km in all measured in a straight line (the road distance is longer); " +
            $"times assume {travel} at {visit.SpeedKmh} km/h and {visit.MinutesPerVisit} min per visit.</p>{routeMap}<ol class=\"route\">");
        foreach (var s in visit.Route)
            page.Append($"<li data-target=\"{s.Target.Id}\">{E(s.Target.Name)}, {E(s.Target.Address)} {E(s.Target.Postcode)} — " +
                $"{s.Leg.MetresFromPrevious:0} m in a straight line from the previous stop; arrive {s.Leg.Arrive:HH:mm}, leave {s.Leg.Leave:HH:mm}</li>");
        page.Append("</ol>");
    }

    private static void Administration(StringBuilder page, Visit visit, BriefingNames names)
    {
        page.Append($"<h2>Administration</h2><p>Lead agency: {E(names.Agency(visit.LeadAgency))}. Planned by {E(names.Person(visit.CreatedBy))}. " +
            $"Linked plan: {E(names.PlanTitle ?? "none")}.</p><table><tr><th>Name</th><th>Agency</th><th>Powers of entry</th><th>NRM first responder</th></tr>");
        foreach (var m in visit.Team)
            page.Append($"<tr><td>{E(names.Person(m.Username))}</td><td>{E(names.Agency(m.Agency))}</td><td>{E(m.PowersOfEntry ?? "none noted")}</td><td>{(m.NrmFirstResponder ? "yes" : "no")}</td></tr>");
        page.Append("</table>");
    }

    private static void Humanitarian(StringBuilder page, Visit visit, BriefingNames names)
    {
        var responders = visit.Team.Where(m => m.NrmFirstResponder).Select(m => names.Person(m.Username)).ToList();
        page.Append($"<h2>Humanitarian issues</h2><p>Potential victims {(visit.VictimsExpected ? "are" : "are not")} expected. " +
            $"NRM first responders: {E(responders.Count == 0 ? "none on the team" : string.Join(", ", responders))}. " +
            "Adults must consent to an NRM referral; where they do not, the first responder makes a Duty to Notify. " +
            "Children are referred without consent. Interpreters and places of safety are among the contacts above.</p>");
    }

    private static string Words(ScoreTerm term) => term.Term == "sector" ? BriefingNames.Label(term.Input) : term.Input;

    private static string MeetingPoint(string? geoJson)
    {
        if (geoJson is null) return "the place the lead agency gives";
        var c = JsonDocument.Parse(geoJson).RootElement.GetProperty("coordinates");
        return $"{c[1].GetDouble():0.00000}, {c[0].GetDouble():0.00000} (latitude, longitude)";
    }

    private static string Snake(string pascal) =>
        string.Concat(pascal.Select((ch, i) => i > 0 && char.IsUpper(ch) ? "_" + char.ToLowerInvariant(ch) : char.ToLowerInvariant(ch).ToString()));
}
