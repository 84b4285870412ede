using Hotspots.Access;
using Hotspots.Database;
using Npgsql;

namespace Hotspots.Visits;

/// <summary>Reads operations the viewer may see, with the route ordered and timed.</summary>
public sealed class VisitReader(NpgsqlDataSource dataSource)
{
    public async Task<IReadOnlyList<long>> Ids(Viewer viewer, CancellationToken cancel)
    {
        var sql = new SqlConditions();
        return await sql.Command(dataSource, $"SELECT v.id FROM visits v WHERE {VisitSql.Visible(sql, viewer)} ORDER BY v.planned_on DESC, v.id DESC")
            .List(r => r.GetInt64(0), cancel);
    }

    public async Task<Visit?> ById(Viewer viewer, long id, CancellationToken cancel)
    {
        var sql = new SqlConditions();
        await using var command = sql.Command(dataSource, $"""
            SELECT v.id, v.name, v.theme, v.planned_on, v.starts_at, v.lead_agency, ST_AsGeoJSON(ST_Transform(v.area, 4326), 6), v.buffer_metres,
                ST_AsGeoJSON(ST_Transform(v.meeting_point, 4326), 6), ST_X(v.meeting_point), ST_Y(v.meeting_point), v.travel_mode, v.speed_kmh,
                v.minutes_per_visit, v.victims_expected, v.created_by, v.version, v.plan_id, v.manual_order
            FROM visits v WHERE v.id = {sql.Parameter(id)} AND {VisitSql.Visible(sql, viewer)}
            """);
        await using var reader = await command.ExecuteReaderAsync(cancel);
        if (!await reader.ReadAsync(cancel)) return null;
        Stop? meeting = reader.IsDBNull(9) ? null : new Stop(reader.GetDouble(9), reader.GetDouble(10));
        var startsAt = reader.GetFieldValue<TimeOnly>(4);
        var speed = reader.GetDouble(12);
        var minutes = reader.GetInt32(13);
        var targets = await Targets(id, cancel);
        var stops = targets.Select(t => new Stop(t.Easting, t.Northing)).ToList();
        var manualOrder = reader.GetBoolean(18);
        // Targets are read in the planner's order; unless they fixed it, the shortest order is worked out afresh.
        int[] order = manualOrder ? [.. Enumerable.Range(0, stops.Count)] : RouteOrder.Order(stops, meeting);
        var steps = order.Select((k, i) => i == 0 ? (meeting?.DistanceTo(stops[k]) ?? 0) : stops[order[i - 1]].DistanceTo(stops[k])).ToList();
        var legs = Timetable.Of(steps, startsAt, speed, minutes);
        return new Visit(reader.GetInt64(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetFieldValue<DateOnly>(3),
            startsAt, reader.GetString(5), reader.GetString(6), reader.GetDouble(7), reader.IsDBNull(8) ? null : reader.GetString(8),
            Codes.Parse<TravelMode>(reader.GetString(11)), speed, minutes, reader.GetBoolean(14),
            await Team(id, cancel), await Contacts(id, cancel), [.. order.Select((k, i) => new RouteStop(targets[k], legs[i]))],
            await LinkedIncidents(id, cancel), reader.GetString(15), reader.GetInt32(16), reader.IsDBNull(17) ? null : reader.GetInt64(17), manualOrder);
    }

    private Task<List<VisitTarget>> Targets(long id, CancellationToken cancel) => Query(id, $"""
        SELECT t.id, t.kind, t.place_id, p.name, p.address, p.postcode, p.category, ST_AsGeoJSON(ST_Transform(p.location, 4326), 6),
            ST_X(p.location), ST_Y(p.location)
        FROM visit_targets t JOIN {VisitSql.Places} p ON p.kind = t.kind AND p.place_id = t.place_id WHERE t.visit_id = $1 ORDER BY t.position NULLS LAST, t.id
        """, r => new VisitTarget(r.GetInt64(0), Codes.Parse<TargetKind>(r.GetString(1)), r.GetInt64(2), r.GetString(3), Text(r, 4), Text(r, 5),
            r.GetString(6), r.GetString(7), r.GetDouble(8), r.GetDouble(9)), cancel);

    private Task<List<TeamMember>> Team(long id, CancellationToken cancel) => Query(id,
        "SELECT username, agency, powers_of_entry, nrm_first_responder FROM visit_team WHERE visit_id = $1 ORDER BY username",
        r => new TeamMember(r.GetString(0), r.GetString(1), Text(r, 2), r.GetBoolean(3)), cancel);

    private Task<List<SafeguardingContact>> Contacts(long id, CancellationToken cancel) => Query(id,
        "SELECT kind, name, phone, notes FROM visit_contacts WHERE visit_id = $1 ORDER BY id",
        r => new SafeguardingContact(Codes.Parse<ContactKind>(r.GetString(0)), r.GetString(1), Text(r, 2), Text(r, 3)), cancel);

    private Task<List<long>> LinkedIncidents(long id, CancellationToken cancel) => Query(id,
        "SELECT incident_id FROM visit_incidents WHERE visit_id = $1 ORDER BY incident_id", r => r.GetInt64(0), cancel);

    private Task<List<T>> Query<T>(long id, string sql, Func<NpgsqlDataReader, T> read, CancellationToken cancel) =>
        dataSource.CreateCommand(sql).With(id).List(read, cancel);

    private static string? Text(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
}
