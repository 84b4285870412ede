using Hotspots.Access;
using Hotspots.Database;
using Npgsql;

namespace Hotspots.Incidents;

/// <summary>
/// What the map draws for one viewer: records they may see in full as points, and the rest counted in grid
/// cells (one point per cell centre, counts below the threshold withheld).
/// </summary>
public sealed record MapLayer(long FullRecords, SuppressedCount GeneralisedRecords, int Shown, string Features);

public sealed class IncidentMap(ReadOnlyDatabase reads)
{
    public const int MaxFeatures = 200_000;

    public async Task<MapLayer> Draw(Viewer viewer, IncidentFilter filter, int limit, CancellationToken cancel)
    {
        var sql = new SqlConditions();
        await using var command = sql.Command(reads.DataSource, $"""
            WITH matched AS MATERIALIZED (
                SELECT * FROM {IncidentAccess.Seen(sql, viewer, filter)} WHERE {IncidentAccess.InFilter(sql, filter)}
            ),
            full_records AS (
                SELECT * FROM matched WHERE access = '{IncidentAccess.Full}' ORDER BY occurred_from DESC LIMIT {sql.Parameter(limit)}
            ),
            cells AS (
                SELECT cell_centre, count(*) AS n FROM matched WHERE access = '{IncidentAccess.Generalised}' GROUP BY cell_centre
            ),
            features AS (
                SELECT json_build_object('type', 'Feature', 'id', id,
                    'geometry', ST_AsGeoJSON(ST_Transform(location, 4326), 6)::json,
                    'properties', json_build_object('kind', 'incident', 'exploitationType', exploitation_type,
                        'victimAgeGroup', victim_age_group, 'sourceAgency', source_agency, 'occurredFrom', occurred_from)) AS feature
                FROM full_records
                UNION ALL
                SELECT json_build_object('type', 'Feature',
                    'geometry', ST_AsGeoJSON(ST_Transform(cell_centre, 4326), 6)::json,
                    'properties', json_build_object('kind', 'incidentCell',
                        'count', CASE WHEN n >= {IncidentAccess.SuppressBelow} THEN n END,
                        'label', CASE WHEN n >= {IncidentAccess.SuppressBelow} THEN n::text ELSE '<' || {IncidentAccess.SuppressBelow} END))
                FROM cells
            )
            SELECT (SELECT count(*) FROM matched WHERE access = '{IncidentAccess.Full}'),
                (SELECT coalesce(sum(n), 0) FROM cells), {IncidentAccess.SuppressBelow}, (SELECT count(*) FROM features),
                json_build_object('type', 'FeatureCollection', 'features', coalesce((SELECT json_agg(feature) FROM features), '[]'::json))::text
            """);
        await using var reader = await command.ExecuteReaderAsync(cancel);
        await reader.ReadAsync(cancel);
        return new MapLayer(reader.GetInt64(0), SuppressedCount.Of(reader.GetInt64(1), reader.GetInt32(2)),
            (int)reader.GetInt64(3), reader.GetString(4));
    }
}
