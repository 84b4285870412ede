using Hotspots.Access;
using Hotspots.Database;
using Npgsql;

namespace Hotspots.Areas;

public sealed class AreaSearch(UnitOfWork units)
{
    public async Task<Page<Area>> Find(AreaKind? kind, BoundingBox? box, PageRequest page, CancellationToken cancel)
    {
        var sql = new SqlConditions().AddSpatial("boundary", box, null, null);
        if (kind is not null) sql.Add("kind = {0}", Codes.Of(kind.Value));
        var where = sql.Where;
        var pageSql = $"""
            SELECT {Columns}
            FROM areas WHERE {where} AND id > {sql.Parameter(page.After)} ORDER BY id LIMIT {sql.Parameter(page.First + 1)}
            """;
        // Areas are boundaries, the same for every signed-in role.
        return await Page<Area>.Read(units, Viewer.NoOne, sql, pageSql, $"SELECT count(*) FROM areas WHERE {where}", page.First, Read, cancel);
    }

    /// <summary>The areas with these ids, in one statement (a list of plans asks for all its areas at once).</summary>
    public async Task<Dictionary<long, Area>> ByIds(IReadOnlyCollection<long> ids, CancellationToken cancel) =>
        (await units.Read(Viewer.NoOne, work => work.List($"SELECT {Columns} FROM areas WHERE id = ANY($1)", Read, ids.ToArray()), cancel)).ToDictionary(a => a.Id);

    private const string Columns = """
        id, code, name, kind, ST_AsGeoJSON(ST_Transform(boundary, 4326), 6), ST_Area(boundary),
            analysis_run_id, hotspot_incidents, hotspot_peak_z, description, hotspot_pai
        """;

    private static Area Read(NpgsqlDataReader r) =>
        new(r.GetInt64(0), r.IsDBNull(1) ? null : r.GetString(1), r.GetString(2), Codes.Parse<AreaKind>(r.GetString(3)), r.GetString(4), r.GetDouble(5),
            r.IsDBNull(6) ? null : r.GetInt64(6), r.IsDBNull(7) ? null : r.GetDouble(7), r.IsDBNull(8) ? null : r.GetDouble(8),
            r.IsDBNull(9) ? null : r.GetString(9), r.IsDBNull(10) ? null : r.GetDouble(10));

    public async Task<Area?> ById(long id, CancellationToken cancel) =>
        (await Find(null, null, new PageRequest(1, id - 1), cancel)).Items.FirstOrDefault(a => a.Id == id);
}
