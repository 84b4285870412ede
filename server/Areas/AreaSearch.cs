using Hotspots.Database;
using Npgsql;

namespace Hotspots.Areas;

public sealed class AreaSearch(NpgsqlDataSource dataSource)
{
    public async Task<Page<Area>> Find(AreaKind? kind, BoundingBox? box, PageRequest page, CancellationToken cancel)
    {
        SqlConditions Conditions()
        {
            var c = new SqlConditions().AddSpatial("boundary", box, null, null);
            return kind is null ? c : c.Add("kind = {0}", Codes.Of(kind.Value));
        }
        var where = Conditions().Add("id > {0}", page.After);
        await using var command = where.Command(dataSource, $"""
            SELECT id, code, name, kind, ST_AsGeoJSON(ST_Transform(boundary, 4326), 6), ST_Area(boundary)
            FROM areas WHERE {where.Where} ORDER BY id LIMIT {where.Parameter(page.First + 1)}
            """);
        var items = new List<Area>();
        await using (var reader = await command.ExecuteReaderAsync(cancel))
            while (await reader.ReadAsync(cancel))
                items.Add(new Area(reader.GetInt64(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.GetString(2),
                    Codes.Parse<AreaKind>(reader.GetString(3)), reader.GetString(4), reader.GetDouble(5)));
        var more = items.Count > page.First;
        if (more) items.RemoveAt(items.Count - 1);
        return new Page<Area>(items, more, async () =>
        {
            var count = Conditions();
            await using var countCommand = count.Command(dataSource, $"SELECT count(*) FROM areas WHERE {count.Where}");
            return (long)(await countCommand.ExecuteScalarAsync(cancel))!;
        });
    }

    public async Task<Area?> ById(long id, CancellationToken cancel) =>
        (await Find(null, null, new PageRequest(1, id - 1), cancel)).Items.FirstOrDefault(a => a.Id == id);
}
