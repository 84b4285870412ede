using System.Globalization;
using System.Net;
using System.Text;
using Hotspots.Database;

namespace Hotspots.Problems;

/// <summary>
/// The map picture of a meeting pack: the plans' areas and the annotations pinned in them as SVG, drawn by PostGIS
/// (ST_AsSVG on British National Grid, so one unit is a metre and north is up). Markers are numbered as in the pack.
/// </summary>
public static class PackMap
{
    public static async Task<string> Svg(Work work, IReadOnlyList<long> planIds, IReadOnlyList<long> annotationIds)
    {
        await using var command = work.Command("""
            WITH shapes AS (
                SELECT 'area' AS kind, a.name AS label, a.boundary AS shape, 0 AS position FROM areas a
                WHERE a.id IN (SELECT area_id FROM plan_areas WHERE plan_id = ANY($1))
                UNION ALL
                SELECT 'pin', n.id::text, n.pin, array_position($2, n.id) FROM annotations n WHERE n.id = ANY($2))
            SELECT kind, label, position, ST_AsSVG(shape, 0, 1), ST_X(ST_PointOnSurface(shape)), ST_Y(ST_PointOnSurface(shape)),
                (SELECT ST_Extent(ST_Expand(shape, 50)) FROM shapes)::geometry
            FROM shapes ORDER BY kind, position
            """, planIds.ToArray(), annotationIds.ToArray());
        var body = new StringBuilder();
        NetTopologySuite.Geometries.Envelope? extent = null;
        await using var r = await command.ExecuteReaderAsync(work.Cancel);
        while (await r.ReadAsync(work.Cancel))
        {
            extent ??= r.GetFieldValue<NetTopologySuite.Geometries.Geometry>(6).EnvelopeInternal;
            var (x, y) = (N(r.GetDouble(4)), N(-r.GetDouble(5)));
            if (r.GetString(0) == "area")
                body.Append($"<path class=\"area\" d=\"{r.GetString(3)}\"><title>{WebUtility.HtmlEncode(r.GetString(1))}</title></path>");
            else if (r.GetString(3).StartsWith('M'))
                body.Append($"<path class=\"pin-area\" d=\"{r.GetString(3)}\"/><text x=\"{x}\" y=\"{y}\">{r.GetInt32(2)}</text>");
            else
                body.Append($"<circle class=\"pin\" cx=\"{x}\" cy=\"{y}\" r=\"1%\"/><text x=\"{x}\" y=\"{y}\" dx=\"1.5%\">{r.GetInt32(2)}</text>");
        }
        return extent is null
            ? "<p>The plans have no areas to draw.</p>"
            : $"<svg class=\"map\" role=\"img\" aria-label=\"Map of the plans' areas and pinned annotations\" xmlns=\"http://www.w3.org/2000/svg\" " +
              $"viewBox=\"{N(extent.MinX)} {N(-extent.MaxY)} {N(extent.Width)} {N(extent.Height)}\" font-size=\"{N(Math.Max(extent.Width, extent.Height) / 30)}\">{body}</svg>";
    }

    private static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
