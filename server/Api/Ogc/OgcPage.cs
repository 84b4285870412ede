using Hotspots.Database;

namespace Hotspots.Api.Ogc;

/// <summary>A feature as it leaves: its id, its geometry and its properties, each already JSON.</summary>
public sealed record OgcFeature(string Id, string Geometry, string Properties);

/// <summary>One page of a collection's items, and how many the whole request matched.</summary>
public sealed record OgcPage(long Matched, IReadOnlyList<OgcFeature> Features);

/// <summary>How every collection pages what it chose: one statement counts the choice and returns the page, in a fixed order.</summary>
public static class OgcPaging
{
    /// <param name="chosen">A SELECT of the collection's rows (the filter already applied).</param>
    /// <param name="id">SQL of each row's feature id, as text.</param>
    /// <param name="shape">SQL of each row's geometry in EPSG:27700.</param>
    /// <param name="properties">SQL of each row's properties as json.</param>
    /// <param name="order">The ORDER BY that makes pages stable.</param>
    public static string Select(SqlConditions sql, OgcQuery query, string chosen, string id, string shape, string properties, string order)
    {
        var one = query.FeatureId is { } featureId ? $"WHERE {id} = {sql.Parameter(featureId)}" : "";
        return $"""
            WITH chosen AS MATERIALIZED (SELECT * FROM ({chosen}) c {one})
            SELECT total.n, f.id, f.geometry, f.properties
            FROM (SELECT count(*) AS n FROM chosen) total
            LEFT JOIN LATERAL (
                SELECT row_number() OVER (ORDER BY {order}) AS place, {id} AS id,
                    ST_AsGeoJSON(ST_Transform({shape}, {sql.Parameter(query.Crs.Srid)}), {sql.Parameter(query.Crs.Decimals)}) AS geometry,
                    ({properties})::text AS properties
                FROM chosen ORDER BY {order} LIMIT {sql.Parameter(query.Limit)} OFFSET {sql.Parameter(query.Offset)}) f ON true
            ORDER BY f.place
            """;
    }

    public static async Task<OgcPage> Read(Work work, string select, SqlConditions sql)
    {
        var rows = await work.List(select, r => (Matched: r.GetInt64(0), Feature: r.IsDBNull(1) ? null
            : new OgcFeature(r.GetString(1), r.GetString(2), r.GetString(3))), sql);
        return new(rows.Count == 0 ? 0 : rows[0].Matched, [.. rows.Where(r => r.Feature is not null).Select(r => r.Feature!)]);
    }
}
