using Hotspots.Access;
using Hotspots.Analysis;
using Hotspots.Database;

namespace Hotspots.Api.Ogc;

/// <summary>
/// Boundaries as collections: the district, wards, LSOAs and drawn areas (the same for every signed-in role, as the
/// areas query gives them), and saved hotspots, whose figures only viewers holding them see (<see cref="SavedHotspotFigures"/>).
/// </summary>
public sealed class OgcAreas(ReadOnlyDatabase reads)
{
    public Task<OgcPage> Boundaries(Viewer viewer, OgcQuery query, CancellationToken cancel)
    {
        var sql = new SqlConditions();
        var select = OgcPaging.Select(sql, query, $"SELECT * FROM areas WHERE kind <> 'hotspot' AND {sql.Spatial("boundary", query.Box, null, null)}",
            id: "id::text", shape: "boundary", order: "id", properties: $"""
                json_build_object('id', id, 'code', code, 'name', name, 'kind', upper(kind), 'area_km2', ST_Area(boundary) / 1e6,
                    'classification', '{ExportMarking.Text}')
                """);
        return reads.Read(viewer, work => OgcPaging.Read(work, select, sql), cancel);
    }

    public Task<OgcPage> SavedHotspots(Viewer viewer, OgcQuery query, CancellationToken cancel)
    {
        var sql = new SqlConditions();
        var held = SavedHotspotFigures.Held(sql, viewer, "a");
        var select = OgcPaging.Select(sql, query, $"""
                SELECT a.*, {held} AS held FROM areas a WHERE kind = 'hotspot' AND {sql.Spatial("boundary", query.Box, null, null)}
                """,
            id: "id::text", shape: "boundary", order: "id", properties: $"""
                json_build_object('id', id, 'name', name, 'description', description, 'analysis_run_id', analysis_run_id,
                    'area_km2', ST_Area(boundary) / 1e6, 'incidents', CASE WHEN held THEN hotspot_incidents END,
                    'peak_z', CASE WHEN held THEN hotspot_peak_z END, 'pai', CASE WHEN held THEN hotspot_pai END,
                    'classification', '{ExportMarking.Text}')
                """);
        return reads.Read(viewer, work => OgcPaging.Read(work, select, sql), cancel);
    }
}
