using Hotspots.Database;
using Npgsql;

namespace Hotspots.Incidents;

public sealed class IncidentSearch(NpgsqlDataSource dataSource)
{
    private const string Columns = """
        id, ST_AsGeoJSON(ST_Transform(location, 4326), 6), ST_X(location), ST_Y(location), occurred_from,
        occurred_to, reported_on, exploitation_type, victim_age_group, source_agency, source_reference,
        intelligence_grade, location_precision, sensitivity, lawful_basis, agreement_reference
        """;

    public async Task<Page<Incident>> Find(IncidentFilter filter, PageRequest page, CancellationToken cancel)
    {
        var where = Conditions(filter);
        var countWhere = Conditions(filter);
        where.Add("id > {0}", page.After);
        var sql = $"SELECT {Columns} FROM incidents WHERE {where.Where} ORDER BY id LIMIT {where.Parameter(page.First + 1)}";
        await using var command = where.Command(dataSource, sql);
        var items = new List<Incident>();
        await using (var reader = await command.ExecuteReaderAsync(cancel))
            while (await reader.ReadAsync(cancel))
                items.Add(Read(reader));
        var more = items.Count > page.First;
        if (more) items.RemoveAt(items.Count - 1);
        return new Page<Incident>(items, more, async () =>
        {
            await using var count = countWhere.Command(dataSource, $"SELECT count(*) FROM incidents WHERE {countWhere.Where}");
            return (long)(await count.ExecuteScalarAsync(cancel))!;
        });
    }

    public async Task<Incident?> ById(long id, CancellationToken cancel)
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM incidents WHERE id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = id });
        await using var reader = await command.ExecuteReaderAsync(cancel);
        return await reader.ReadAsync(cancel) ? Read(reader) : null;
    }

    internal static SqlConditions Conditions(IncidentFilter filter)
    {
        var conditions = new SqlConditions().AddSpatial("location", filter.BoundingBox, filter.AreaId, filter.Within);
        if (filter.From is { } from) conditions.Add("coalesce(occurred_to, occurred_from) >= {0}", from);
        if (filter.To is { } to) conditions.Add("occurred_from < {0}", to);
        if (filter.ExploitationTypes is { Count: > 0 } types) conditions.Add("exploitation_type = ANY({0})", (object)Codes.Of(types));
        if (filter.VictimAgeGroups is { Count: > 0 } ages) conditions.Add("victim_age_group = ANY({0})", (object)Codes.Of(ages));
        if (filter.SourceAgencies is { Count: > 0 } agencies) conditions.Add("source_agency = ANY({0})", (object)agencies.ToArray());
        return conditions;
    }

    private static Incident Read(NpgsqlDataReader r) => new(
        r.GetInt64(0), r.GetString(1), r.GetDouble(2), r.GetDouble(3), r.GetFieldValue<DateTimeOffset>(4),
        r.IsDBNull(5) ? null : r.GetFieldValue<DateTimeOffset>(5),
        r.IsDBNull(6) ? null : r.GetFieldValue<DateOnly>(6),
        Codes.Parse<ExploitationType>(r.GetString(7)), Codes.Parse<VictimAgeGroup>(r.GetString(8)), r.GetString(9),
        r.IsDBNull(10) ? null : r.GetString(10), r.IsDBNull(11) ? null : r.GetString(11),
        Codes.Parse<LocationPrecision>(r.GetString(12)), Codes.Parse<Sensitivity>(r.GetString(13)),
        r.IsDBNull(14) ? null : r.GetString(14), r.IsDBNull(15) ? null : r.GetString(15));
}
