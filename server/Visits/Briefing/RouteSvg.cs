using System.Globalization;
using System.Net;
using System.Text;
using Hotspots.Database;

namespace Hotspots.Visits;

/// <summary>
/// The briefing's map: the operation's area, the meeting point, the route from it in visiting order and numbered stops, drawn as SVG in British
/// National Grid metres (PostGIS writes the outline with ST_AsSVG). No tiles, so it prints anywhere.
/// </summary>
public static class RouteSvg
{
    /// <summary>The area's outline and bounds, and the meeting point (when there is one) in the same metres.</summary>
    public sealed record Outline(string Path, double MinX, double MinY, double MaxX, double MaxY, (double X, double Y)? MeetingPoint = null);

    public static async Task<Outline> AreaOf(Work work, long visitId) => (await work.Single(
        "SELECT ST_AsSVG(area, 0, 1), ST_XMin(area), ST_YMin(area), ST_XMax(area), ST_YMax(area), ST_X(meeting_point), ST_Y(meeting_point) FROM visits WHERE id = $1",
        r => new Outline(r.GetString(0), r.GetDouble(1), r.GetDouble(2), r.GetDouble(3), r.GetDouble(4),
            r.IsDBNull(5) ? null : (r.GetDouble(5), r.GetDouble(6))), visitId))!;

    public static string Of(Visit visit, Outline area)
    {
        static string N(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);
        var stops = visit.Route.Select(s => (s.Leg.Position, s.Target.Name, X: s.Target.Easting, Y: s.Target.Northing)).ToList();
        // the route is walked from the meeting point, so the line starts there and the map takes it in
        var path = area.MeetingPoint is { } m ? [m, .. stops.Select(s => (s.X, s.Y))] : stops.Select(s => (s.X, s.Y)).ToList();
        var (minX, minY) = (Math.Min(area.MinX, path.Select(s => s.X).DefaultIfEmpty(area.MinX).Min()), Math.Min(area.MinY, path.Select(s => s.Y).DefaultIfEmpty(area.MinY).Min()));
        var (maxX, maxY) = (Math.Max(area.MaxX, path.Select(s => s.X).DefaultIfEmpty(area.MaxX).Max()), Math.Max(area.MaxY, path.Select(s => s.Y).DefaultIfEmpty(area.MaxY).Max()));
        var size = Math.Max(Math.Max(maxX - minX, maxY - minY), 100);
        var pad = size * 0.06;
        var unit = size / 250;
        var bar = new[] { 50, 100, 250, 500, 1000, 2000, 5000 }.LastOrDefault(m => m <= size / 4, 50);
        var svg = new StringBuilder($"""
            <svg class="route-map" role="img" aria-label="Map of the route: {stops.Count} numbered stops in visiting order{(area.MeetingPoint is null ? "" : ", from the meeting point (M)")}" xmlns="http://www.w3.org/2000/svg"
                 viewBox="{N(minX - pad)} {N(-maxY - pad)} {N(maxX - minX + 2 * pad)} {N(maxY - minY + 2 * pad)}" width="100%" style="max-height:16cm">
            <path class="area" d="{area.Path}" fill="#f3efe6" stroke="#555" stroke-width="{N(unit)}" />
            """);
        if (path.Count > 1)
            svg.Append($"""<polyline class="route" points="{string.Join(" ", path.Select(s => $"{N(s.X)},{N(-s.Y)}"))}" fill="none" stroke="#0b57d0" stroke-width="{N(unit * 1.5)}" />""");
        foreach (var s in stops)
            svg.Append($"""<g class="stop" data-position="{s.Position}"><title>{s.Position}. {WebUtility.HtmlEncode(s.Name)}</title><circle cx="{N(s.X)}" cy="{N(-s.Y)}" r="{N(unit * 5)}" fill="#fff" stroke="#0b57d0" stroke-width="{N(unit)}" /><text x="{N(s.X)}" y="{N(-s.Y + unit * 2.5)}" font-size="{N(unit * 7)}" text-anchor="middle" font-family="sans-serif">{s.Position}</text></g>""");
        if (area.MeetingPoint is { } meet)
            svg.Append($"""<g class="meeting-point"><title>Meeting point</title><rect x="{N(meet.X - unit * 5)}" y="{N(-meet.Y - unit * 5)}" width="{N(unit * 10)}" height="{N(unit * 10)}" fill="#b3261e" /><text x="{N(meet.X)}" y="{N(-meet.Y + unit * 2.5)}" font-size="{N(unit * 7)}" text-anchor="middle" font-family="sans-serif" fill="#fff">M</text></g>""");
        var (barX, barY) = (minX, -minY + pad * 0.6);
        svg.Append($"""<g class="scale"><line x1="{N(barX)}" y1="{N(barY)}" x2="{N(barX + bar)}" y2="{N(barY)}" stroke="#000" stroke-width="{N(unit)}" /><text x="{N(barX + bar + unit * 3)}" y="{N(barY + unit * 2)}" font-size="{N(unit * 6)}" font-family="sans-serif">{bar} m (British National Grid; north up)</text></g>""");
        return svg.Append("</svg>").ToString();
    }
}
