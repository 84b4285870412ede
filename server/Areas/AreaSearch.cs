using Hotspots.Database;
using Npgsql;

namespace Hotspots.Areas;

public sealed class AreaSearch(NpgsqlDataSource dataSource)
{
    public async Task<Page<Area>> Find(AreaKind? kind, BoundingBox? box, PageRequest page, CancellationToken cancel)
    {
        var sql = new SqlConditions().AddSpatial("boundary", box, null, null);
        if (kind is not null) sql.Add("kind = {0}", Codes.Of(kind.Value));
        var where = sql.Where;
        var pageSql = $"""
            SELECT id, code, name, kind, ST_AsGeoJSON(ST_Transform(boundary, 4326), 6), ST_Area(boundary),
                analysis_run_id, hotspot_incidents, hotspot_peak_z, description, hotspot_pai
            FROM areas WHERE {where} AND id > {sql.Parameter(page.After)} ORDER BY id LIMIT {sql.Parameter(page.First + 1)}
            """;
        return await Page<Area>.Read(sql.Command(dataSource, pageSql), page.First,
            r => new Area(r.GetInt64(0), r.IsDBNull(1) ? null : r.GetString(1), r.GetString(2), Codes.Parse<AreaKind>(r.GetString(3)), r.GetString(4), r.GetDouble(5),
                r.IsDBNull(6) ? null : r.GetInt64(6), r.IsDBNull(7) ? null : r.GetDouble(7), r.IsDBNull(8) ? null : r.GetDouble(8),
                r.IsDBNull(9) ? null : r.GetString(9), r.IsDBNull(10) ? null : r.GetDouble(10)),
            Page<Area>.Count(sql, dataSource, $"SELECT count(*) FROM areas WHERE {where}", cancel), cancel);
    }

    public async Task<Area?> ById(long id, CancellationToken cancel) =>
        (await Find(null, null, new PageRequest(1, id - 1), cancel)).Items.FirstOrDefault(a => a.Id == id);
}
