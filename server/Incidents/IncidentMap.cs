using Hotspots.Access;
using Hotspots.Database;

namespace Hotspots.Incidents;

/// <summary>
/// What the map draws for one viewer: records they may see in full as points — or, past the point budget, as clusters
/// of them — and the rest counted in grid cells (one point per cell centre, counts below the threshold withheld).
/// Reports linked across agencies are drawn once, with every source the viewer may know of in its properties.
/// </summary>
public sealed record MapLayer(long FullRecords, SuppressedCount GeneralisedRecords, int Shown, double? ClusterMetres, byte[] Features, Sensitivity Classification);

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
        await using var command = sql.Command(reads.DataSource, $"""
            WITH matched AS MATERIALIZED (
                SELECT seen.id, seen.location, seen.access, seen.exploitation_type, seen.victim_age_group, seen.source_agency,
                    seen.occurred_from, seen.sensitivity, seen.cell_metres, seen.sources, seen.source_reference,
                    {IncidentAccess.CellColumn("seen")} AS cell_column, {IncidentAccess.CellRow("seen")} AS cell_row
                FROM {IncidentAccess.Seen(sql, viewer, filter)} WHERE {IncidentAccess.InFilterByCell(sql, filter)}
            ),
            summary AS (
                SELECT count(*) AS n, CASE WHEN count(*) > {budget} THEN 25 * power(2, ceil(greatest(0,
                    ln(sqrt(greatest(ST_Area(ST_Extent(location)::geometry), 1) / {budget}) / 25) / ln(2)))) END AS side
                FROM matched WHERE access = '{IncidentAccess.Full}'
            ),
            full_records AS (
                SELECT matched.* FROM matched, summary WHERE access = '{IncidentAccess.Full}' AND summary.side IS NULL
                ORDER BY occurred_from DESC LIMIT {sql.Parameter(limit)}
            ),
            clusters AS (
                SELECT avg(ST_X(location)) AS x, avg(ST_Y(location)) AS y, count(*) AS n
                FROM matched, summary WHERE access = '{IncidentAccess.Full}' AND summary.side IS NOT NULL
                GROUP BY floor(ST_X(location) / summary.side), floor(ST_Y(location) / summary.side)
            ),
            cells AS (
                SELECT cell_centre, n FROM (
                    SELECT {IncidentAccess.CellCentre("cell_column", "cell_row", "cell_metres")} AS cell_centre, count(*) AS n
                    FROM matched WHERE access = '{IncidentAccess.Generalised}' GROUP BY cell_column, cell_row, cell_metres) c
                WHERE {IncidentAccess.CellInFilter(sql, filter, "cell_centre")}
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
                    'geometry', ST_AsGeoJSON(ST_Transform(cell_centre, 4326), 6)::json,
                    'properties', json_build_object('kind', 'incidentCell',
                        'count', CASE WHEN n >= {IncidentAccess.SuppressBelow} THEN n END,
                        'label', CASE WHEN n >= {IncidentAccess.SuppressBelow} THEN n::text ELSE '<' || {IncidentAccess.SuppressBelow} END))
                FROM cells
            )
            SELECT (SELECT n FROM summary), (SELECT coalesce(sum(n), 0) FROM cells), {IncidentAccess.SuppressBelow}, (SELECT count(*) FROM features),
                (SELECT side FROM summary),
                convert_to(json_build_object('type', 'FeatureCollection', 'features', coalesce((SELECT json_agg(feature) FROM features), '[]'::json))::text, 'UTF8'),
                (SELECT {Marking.HighestCode} FROM full_records)
            """);
        await using var reader = await command.ExecuteStreamingReaderAsync(cancel);
        await reader.ReadAsync(cancel);
        return new MapLayer(reader.GetInt64(0), SuppressedCount.Of(reader.GetInt64(1), reader.GetInt32(2)),
            (int)reader.GetInt64(3), reader.IsDBNull(4) ? null : reader.GetDouble(4), reader.GetFieldValue<byte[]>(5), Codes.Parse<Sensitivity>(reader.GetString(6)));
    }
}
