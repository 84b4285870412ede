using Hotspots.Access;
using Hotspots.Areas;
using Hotspots.Database;

namespace Hotspots.Incidents;

/// <summary>
/// The incident map as a Mapbox vector tile, under the same need-to-know rules as <see cref="IncidentMap"/>: layer
/// <c>incidents</c> holds the records the viewer may see in full as points — past <see cref="MaxPointsPerTile"/> of
/// them, layer <c>incidentClusters</c> holds them counted on a 64 × 64 grid over the tile instead — and layer
/// <c>incidentCells</c> the rest counted per grid cell at the cell centre, counts below the threshold withheld.
/// </summary>
public sealed class IncidentTiles(ReadOnlyDatabase reads)
{
    public const int MaxPointsPerTile = 4_096;
    public const int ClusterGrid = 64;

    public Task<byte[]> Draw(Viewer viewer, IncidentFilter filter, Tile tile, CancellationToken cancel)
    {
        var sql = new SqlConditions();
        var inTile = filter with { BoundingBox = tile.Wgs84() };
        // Clusters are made on British National Grid squares about 1/64 of the tile wide, so only their centres are
        // projected to the tile, not every record.
        var select = $"""
            WITH bounds AS (
                SELECT envelope, (ST_XMax(grid) - ST_XMin(grid)) / {ClusterGrid} AS side
                FROM (SELECT ST_TileEnvelope({sql.Parameter(tile.Z)}, {sql.Parameter(tile.X)}, {sql.Parameter(tile.Y)}) AS envelope) e,
                    LATERAL (SELECT ST_Transform(envelope, 27700) AS grid) g
            ),
            {MapRows.Matched(sql, viewer, inTile)},
            clustered AS (SELECT count(*) > {MaxPointsPerTile} AS yes FROM matched WHERE NOT cell),
            points AS (
                SELECT ST_AsMVTGeom(ST_Transform(location, 3857), bounds.envelope, 4096, 0, true) AS geom, id,
                    'incident' AS kind, exploitation_type AS "exploitationType", victim_age_group AS "victimAgeGroup",
                    source_agency AS "sourceAgency", to_char(occurred_from AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS "occurredFrom"
                FROM matched, bounds, clustered WHERE NOT cell AND NOT clustered.yes
            ),
            clusters AS (
                SELECT ST_AsMVTGeom(ST_Transform(ST_SetSRID(ST_MakePoint(x, y), 27700), 3857), bounds.envelope, 4096, 0, true) AS geom,
                    'incidentCluster' AS kind, n AS count, n::text AS label
                FROM (SELECT avg(ST_X(location)) AS x, avg(ST_Y(location)) AS y, count(*) AS n
                      FROM matched, bounds, clustered WHERE NOT cell AND clustered.yes
                      GROUP BY floor(ST_X(location) / bounds.side), floor(ST_Y(location) / bounds.side)) c, bounds
            ),
            cells AS (
                SELECT ST_AsMVTGeom(ST_Transform(location, 3857), bounds.envelope, 4096, 0, true) AS geom, 'incidentCell' AS kind,
                    {MapRows.Count} AS count, {MapRows.Label} AS label
                FROM matched, bounds WHERE cell
            )
            SELECT coalesce((SELECT ST_AsMVT(points, 'incidents', 4096, 'geom', 'id') FROM points WHERE geom IS NOT NULL), '')
                || coalesce((SELECT ST_AsMVT(clusters, 'incidentClusters', 4096, 'geom') FROM clusters WHERE geom IS NOT NULL), '')
                || coalesce((SELECT ST_AsMVT(cells, 'incidentCells', 4096, 'geom') FROM cells WHERE geom IS NOT NULL), '')
            """;
        return reads.Read(viewer, async work => (await work.Scalar<byte[]>(select, sql))!, cancel);
    }
}
