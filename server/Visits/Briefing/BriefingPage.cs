using System.Net;
using System.Text;

namespace Hotspots.Visits;

/// <summary>The printable briefing pack: classification banner, team, contacts, the route in order, and per target what is known.</summary>
public static class BriefingPage
{
    public static string Html(Visit visit, IReadOnlyDictionary<(TargetKind, long), RankedTarget> known, string viewer, string routeMap)
    {
        static string E(object? text) => WebUtility.HtmlEncode(text?.ToString() ?? "");
        var banner = $"<div class=\"banner\">{Classification.Marking}</div>";
        var page = new StringBuilder($$"""
            <!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8"><title>{{E(visit.Name)}} — briefing ({{Classification.Marking}})</title>
            <style>body{font:11pt system-ui,sans-serif;margin:1.5cm} .banner{background:#b00;color:#fff;font-weight:bold;text-align:center;padding:4px}
            table{border-collapse:collapse;width:100%} td,th{border:1px solid #999;padding:3px;text-align:left;vertical-align:top}
            .warning{color:#b00;font-weight:bold} section{page-break-inside:avoid}</style></head><body>
            {{banner}}<h1>{{E(visit.Name)}}</h1>
            <p>{{E(visit.Theme)}} — {{visit.PlannedOn:dddd d MMMM yyyy}}, starting {{visit.StartsAt:HH:mm}}; lead agency {{E(visit.LeadAgency)}}.
            Prepared for {{E(viewer)}}. {{Classification.Handling}}</p>
            """);
        foreach (var warning in visit.Warnings) page.Append($"<p class=\"warning\">{E(warning)}</p>");
        page.Append("<h2>Team</h2><table><tr><th>Name</th><th>Agency</th><th>Powers of entry</th><th>NRM first responder</th></tr>");
        foreach (var m in visit.Team) page.Append($"<tr><td>{E(m.Username)}</td><td>{E(m.Agency)}</td><td>{E(m.PowersOfEntry)}</td><td>{(m.NrmFirstResponder ? "yes" : "no")}</td></tr>");
        page.Append("</table><h2>Safeguarding contacts</h2><table><tr><th>Kind</th><th>Name</th><th>Phone</th><th>Notes</th></tr>");
        foreach (var c in visit.Contacts) page.Append($"<tr><td>{E(c.Kind)}</td><td>{E(c.Name)}</td><td>{E(c.Phone)}</td><td>{E(c.Notes)}</td></tr>");
        page.Append($"</table><h2>Route ({visit.TotalMetres / 1000:0.0} km straight-line, {E(visit.TravelMode)} at {visit.SpeedKmh} km/h, {visit.MinutesPerVisit} min per visit)</h2>{routeMap}<ol class=\"route\">");
        foreach (var s in visit.Route)
            page.Append($"<li data-target=\"{s.Target.Id}\">{E(s.Target.Name)}, {E(s.Target.Address)} {E(s.Target.Postcode)} — {s.Leg.MetresFromPrevious:0} m from previous; arrive {s.Leg.Arrive:HH:mm}, leave {s.Leg.Leave:HH:mm}</li>");
        page.Append("</ol><h2>Targets</h2>");
        foreach (var s in visit.Route)
        {
            page.Append($"<section><h3>{s.Leg.Position}. {E(s.Target.Name)}</h3><p>{E(s.Target.Kind)} ({E(s.Target.Category)}), {E(s.Target.Address)} {E(s.Target.Postcode)}; grid {s.Target.Easting:0} {s.Target.Northing:0}</p>");
            if (known.TryGetValue((s.Target.Kind, s.Target.PlaceId), out var k))
            {
                page.Append($"<p>Risk score {k.Score:0.0}; last visited {(k.LastVisitedOn is { } d ? d.ToString("d MMM yyyy") : "never")}.</p>");
                // The ranking's own words for the incidents nearby: a count, or for enforcement officers a band of it.
                page.Append($"<p class=\"incidents\">Incidents: {E(k.Terms.Single(t => t.Term == "incidents").Input)}.");
                if (k.IncidentsByType.Count > 0)
                    page.Append(" Seen in full, by type: " + string.Join(", ", k.IncidentsByType.Select(i => $"{E(i.ExploitationType)} {E(i.Count.Display)}")) + ".");
                page.Append("</p>");
            }
            page.Append("</section>");
        }
        page.Append($"{banner}</body></html>");
        return page.ToString();
    }
}
