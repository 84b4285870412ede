using Hotspots.Access;
using Hotspots.Analysis;
using Hotspots.Database;
using Hotspots.Incidents;

namespace Hotspots.Api.Ogc;

/// <summary>
/// Quiet places: per ward, the risk businesses in it against the incidents the viewer's map shows there (records in full
/// at their place, counted cells by their centre at their shown count; a withheld cell adds nothing), so wards where
/// businesses cluster but little is reported stand out. Each row says why a low rate is not proof of little exploitation.
/// </summary>
public sealed class OgcQuietPlaces(ReadOnlyDatabase reads)
{
    public const string Caveats = "A low rate means little is reported here, not that little happens: exploitation in these businesses is " +
        "under-reported, and a quiet ward may be unvisited rather than safe. Risk businesses are those on the register as imported " +
        "(missing, closed or misfiled ones are not corrected). Incidents are what your map shows: counted cells are placed by their centre " +
        "and a cell withheld as \"<5\" adds nothing, so small numbers are understated. Few businesses make a rate unstable.";

    public Task<OgcPage> Wards(Viewer viewer, OgcQuery query, CancellationToken cancel)
    {
        var sql = new SqlConditions();
        // The box chooses wards; the counts are of whole wards, so the view is taken without it.
        var whole = query.Filter with { BoundingBox = null };
        var select = OgcPaging.Select(sql, query, $"""
                WITH {MapRows.Matched(sql, viewer, whole)},
                placed AS (
                    SELECT CASE WHEN cell THEN coalesce({MapRows.Count}, 0) ELSE 1 END AS incidents, cell AND {MapRows.Count} IS NULL AS withheld,
                        (SELECT w.id FROM areas w WHERE w.kind = 'ward' AND ST_Intersects(w.boundary, matched.location) ORDER BY w.id LIMIT 1) AS ward
                    FROM matched),
                counted AS (SELECT ward, sum(incidents) AS incidents, count(*) FILTER (WHERE withheld) AS withheld FROM placed GROUP BY ward)
                SELECT w.id, w.code, w.name, w.boundary, coalesce(c.incidents, 0) AS incidents, coalesce(c.withheld, 0) AS withheld,
                    (SELECT count(*) FROM risk_businesses b WHERE ST_Intersects(b.location, w.boundary)) AS businesses
                FROM areas w LEFT JOIN counted c ON c.ward = w.id
                WHERE w.kind = 'ward' AND {sql.Spatial("w.boundary", query.Box, null, null)}
                """,
            id: "id::text", shape: "boundary", order: "businesses DESC, id", properties: $"""
                json_build_object('id', id, 'code', code, 'name', name, 'risk_businesses', businesses, 'incidents', incidents,
                    'withheld_cells', withheld, 'incidents_per_risk_business', CASE WHEN businesses > 0 THEN round(incidents::numeric / businesses, 3) END,
                    'caveats', {sql.Parameter(Caveats)}::text, 'classification', '{ExportMarking.Text}')
                """);
        return reads.Read(viewer, work => OgcPaging.Read(work, select, sql), cancel);
    }
}
