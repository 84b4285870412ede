using Hotspots.Access;
using Hotspots.Database;

namespace Hotspots.Incidents;

/// <summary>
/// What the map draws for one viewer: records they may see in full as points — or, past the point budget, as clusters
/// of them — and the rest counted in grid cells (one point per cell centre, with the count the viewer's view shows).
/// Reports linked across agencies are drawn once, with every source the viewer may know of in its properties.
/// </summary>
public sealed record MapLayer(long FullRecords, SuppressedCount GeneralisedRecords, long WithheldCells, int Shown, double? ClusterMetres, byte[] Features, Sensitivity Classification);

public sealed class IncidentMap(ReadOnlyDatabase reads)
{
    public const int MaxFeatures = 200_000;
    public const int DefaultPointBudget = 5_000;
    public const int MaxPointBudget = 50_000;

    public async Task<MapLayer> Draw(Viewer viewer, IncidentFilter filter, int limit, int pointBudget, CancellationToken cancel)
    {
        var sql = new SqlConditions();
        var budget = sql.Parameter(pointBudget);
        // The cluster side doubles from 25 m until the full records' extent holds at most the budget of squares.
        var select = $"""
            WITH {MapRows.Matched(sql, viewer, filter)},
            summary AS (
                SELECT count(*) AS n, CASE WHEN count(*) > {budget} THEN 25 * power(2, ceil(greatest(0,
                    ln(sqrt(greatest(ST_Area(ST_Extent(location)::geometry), 1) / {budget}) / 25) / ln(2)))) END AS side
                FROM matched WHERE NOT cell
            ),
            full_records AS (
                SELECT matched.* FROM matched, summary WHERE NOT cell AND summary.side IS NULL
                ORDER BY occurred_from DESC LIMIT {sql.Parameter(limit)}
            ),
            clusters AS (
                SELECT avg(ST_X(location)) AS x, avg(ST_Y(location)) AS y, count(*) AS n
                FROM matched, summary WHERE NOT cell AND summary.side IS NOT NULL
                GROUP BY floor(ST_X(location) / summary.side), floor(ST_Y(location) / summary.side)
            ),
            features AS (
                SELECT json_build_object('type', 'Feature', 'id', id,
                    'geometry', ST_AsGeoJSON(ST_Transform(location, 4326), 6)::json,
                    'properties', json_build_object('kind', 'incident', 'exploitationType', exploitation_type,
                        'victimAgeGroup', victim_age_group, 'sourceAgency', source_agency, 'occurredFrom', occurred_from,
                        'sources', coalesce(sources::json, json_build_array(json_build_object('id', id, 'agency', source_agency, 'reference', source_reference))))) AS feature
                FROM full_records
                UNION ALL
                SELECT json_build_object('type', 'Feature',
                    'geometry', ST_AsGeoJSON(ST_Transform(ST_SetSRID(ST_MakePoint(x, y), 27700), 4326), 6)::json,
                    'properties', json_build_object('kind', 'incidentCluster', 'count', n, 'label', n::text))
                FROM clusters
                UNION ALL
                SELECT json_build_object('type', 'Feature',
                    'geometry', ST_AsGeoJSON(ST_Transform(location, 4326), 6)::json,
                    'properties', json_build_object('kind', 'incidentCell', 'count', {MapRows.Count}, 'label', {MapRows.Label}, 'cellMetres', cell_metres))
                FROM matched WHERE cell
            )
            SELECT (SELECT n FROM summary), (SELECT coalesce(sum(n), 0) FROM matched WHERE cell), (SELECT count(*) FROM features),
                (SELECT count(*) FROM matched WHERE cell AND n IS NULL),
                (SELECT side FROM summary),
                convert_to(json_build_object('type', 'FeatureCollection', 'features', coalesce((SELECT json_agg(feature) FROM features), '[]'::json))::text, 'UTF8'),
                (SELECT {Marking.HighestCode} FROM full_records)
            """;
        return await reads.Read(viewer, async work =>
        {
            await using var command = work.Command(select, sql);
            await using var reader = await command.ExecuteStreamingReaderAsync(work.Cancel);
            await reader.ReadAsync(work.Cancel);
            // The reader streams, so its columns are read in order.
            long full = reader.GetInt64(0), counted = reader.GetInt64(1), shown = reader.GetInt64(2), withheld = reader.GetInt64(3);
            double? side = reader.IsDBNull(4) ? null : reader.GetDouble(4);
            return new MapLayer(full, SuppressedCount.Exact(counted), withheld, (int)shown, side, reader.GetFieldValue<byte[]>(5),
                Codes.Parse<Sensitivity>(reader.GetString(6)));
        }, cancel);
    }
}
