using Hotspots.Database;
using Npgsql;

namespace Hotspots.Incidents;

/// <summary>Incidents as one GeoJSON FeatureCollection built by PostGIS, for drawing: only what the map needs per point.</summary>
public sealed record MapLayer(long TotalCount, int Shown, string Features);

public sealed class IncidentMap(NpgsqlDataSource dataSource)
{
    public const int MaxFeatures = 200_000;

    public async Task<MapLayer> Draw(IncidentFilter filter, int limit, CancellationToken cancel)
    {
        var where = IncidentSearch.Conditions(filter);
        await using var command = where.Command(dataSource, $"""
            WITH chosen AS (
                SELECT id, location, exploitation_type, victim_age_group, source_agency, occurred_from
                FROM incidents WHERE {where.Where} ORDER BY occurred_from DESC LIMIT {where.Parameter(limit)}
            )
            SELECT (SELECT count(*) FROM incidents WHERE {where.Where}), count(*),
                json_build_object('type', 'FeatureCollection', 'features', coalesce(json_agg(json_build_object(
                    'type', 'Feature', 'id', id,
                    'geometry', ST_AsGeoJSON(ST_Transform(location, 4326), 6)::json,
                    'properties', json_build_object('kind', 'incident', 'exploitationType', exploitation_type,
                        'victimAgeGroup', victim_age_group, 'sourceAgency', source_agency, 'occurredFrom', occurred_from)
                )), '[]'::json))::text
            FROM chosen
            """);
        await using var reader = await command.ExecuteReaderAsync(cancel);
        await reader.ReadAsync(cancel);
        return new MapLayer(reader.GetInt64(0), (int)reader.GetInt64(1), reader.GetString(2));
    }
}
