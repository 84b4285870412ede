using Hotspots.Access;
using Hotspots.Areas;
using Hotspots.Database;
using Npgsql;

namespace Hotspots.Incidents;

/// <summary>
/// Everything that decides what one viewer sees of the incidents in one tile, as one string, so a cached tile is shared
/// by every viewer with the same view there and by no one else: the level of each access class (class_access), the
/// generalisation policy, and only those of the viewer's exceptions (break-glass, grants, visit links) that touch the
/// tile: a record lifted out of its class within a cell's side of it, or a record of a linked group with a member
/// there (the group's representative may move). Two partners of one agency share tiles; one's grant splits only the
/// tiles around the granted record.
/// </summary>
public sealed class ViewerRights(UnitOfWork units)
{
    public async Task<string> Key(Viewer viewer, Tile tile, CancellationToken cancel)
    {
        var sql = new SqlConditions();
        var (user, agency, role) = (sql.Parameter(viewer.Username), sql.Parameter(viewer.Agency), sql.Parameter(Codes.Of(viewer.Role)));
        var box = tile.Wgs84();
        return (await units.Read(viewer, work => work.Single($"""
            WITH policy AS MATERIALIZED (SELECT value::float8 AS cell FROM access_policy WHERE key = 'generalised_cell_metres'),
            {ClassCells.Levels(user, agency, role)},
            near AS MATERIALIZED (
                SELECT ST_Expand(ST_Transform(ST_MakeEnvelope({sql.Parameter(box.MinX)}, {sql.Parameter(box.MinY)}, {sql.Parameter(box.MaxX)},
                    {sql.Parameter(box.MaxY)}, 4326), 27700), 2 * policy.cell) AS envelope FROM policy)
            SELECT (SELECT string_agg(source_agency || '/' || sensitivity || '/' || agreement_reference || '=' || level, ','
                        ORDER BY source_agency, sensitivity, agreement_reference) FROM levels WHERE level IN ('{IncidentAccess.Full}', '{IncidentAccess.Generalised}')),
                (SELECT string_agg(key || '=' || value, ',' ORDER BY key) FROM access_policy),
                (SELECT coalesce(string_agg(o.id || '=' || o.level, ',' ORDER BY o.id), '') FROM overlay o, near WHERE o.location && near.envelope),
                (SELECT coalesce(string_agg(DISTINCT i.id::text, ',' ORDER BY i.id::text), '')
                 FROM rights r, incidents i, near
                 WHERE i.id = ANY (r.opened || r.granted || r.assigned) AND i.linked_group IS NOT NULL
                    AND EXISTS (SELECT FROM incidents m WHERE m.linked_group = i.linked_group AND m.location && near.envelope))
            """, reader =>
            {
                string Text(int i) => reader.IsDBNull(i) ? "" : reader.GetString(i);
                return $"classes:{Text(0)}|policy:{Text(1)}|lifted:{Text(2)}|linked:{Text(3)}";
            }, sql), cancel))!;
    }
}
