using Hotspots.Access;
using Hotspots.Database;
using Npgsql;

namespace Hotspots.Visits;

/// <summary>Reads operations the viewer may see, with the route ordered and timed.</summary>
public sealed class VisitReader(UnitOfWork units)
{
    public async Task<IReadOnlyList<long>> Ids(Viewer viewer, CancellationToken cancel)
    {
        var sql = new SqlConditions();
        return await units.Read(viewer, work => work.List(
            $"SELECT v.id FROM visits v WHERE {VisitSql.Visible(sql, viewer)} ORDER BY v.planned_on DESC, v.id DESC", r => r.GetInt64(0), sql), cancel);
    }

    /// <summary>The operation with its route, team, contacts and linked incidents, read together.</summary>
    public Task<Visit?> ById(Viewer viewer, long id, CancellationToken cancel) => units.Read(viewer, work => ById(work, id), cancel);

    private static async Task<Visit?> ById(Work work, long id)
    {
        var sql = new SqlConditions();
        var head = await work.Single($"""
            SELECT v.id, v.name, v.theme, v.planned_on, v.starts_at, v.lead_agency, ST_AsGeoJSON(ST_Transform(v.area, 4326), 6), v.buffer_metres,
                ST_AsGeoJSON(ST_Transform(v.meeting_point, 4326), 6), ST_X(v.meeting_point), ST_Y(v.meeting_point), v.travel_mode, v.speed_kmh,
                v.minutes_per_visit, v.victims_expected, v.created_by, v.version, v.plan_id, v.manual_order
            FROM visits v WHERE v.id = {sql.Parameter(id)} AND {VisitSql.Visible(sql, work.Viewer)}
            """, Head, sql);
        if (head is null) return null;
        var (visit, meeting, manualOrder) = head.Value;
        var targets = await Targets(work, id);
        var stops = targets.Select(t => new Stop(t.Easting, t.Northing)).ToList();
        // Targets are read in the planner's order; unless they fixed it, the shortest order is worked out afresh.
        int[] order = manualOrder ? [.. Enumerable.Range(0, stops.Count)] : RouteOrder.Order(stops, meeting);
        var steps = order.Select((k, i) => i == 0 ? (meeting?.DistanceTo(stops[k]) ?? 0) : stops[order[i - 1]].DistanceTo(stops[k])).ToList();
        var legs = Timetable.Of(steps, visit.StartsAt, visit.SpeedKmh, visit.MinutesPerVisit);
        return visit with
        {
            Team = await Team(work, id), Contacts = await Contacts(work, id), Route = [.. order.Select((k, i) => new RouteStop(targets[k], legs[i]))],
            LinkedIncidentIds = await LinkedIncidents(work, id),
        };
    }

    /// <summary>The operation's own row; its route, team, contacts and incidents are read after it.</summary>
    private static (Visit Visit, Stop? Meeting, bool ManualOrder)? Head(NpgsqlDataReader reader)
    {
        Stop? meeting = reader.IsDBNull(9) ? null : new Stop(reader.GetDouble(9), reader.GetDouble(10));
        var visit = new Visit(reader.GetInt64(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetFieldValue<DateOnly>(3),
            reader.GetFieldValue<TimeOnly>(4), reader.GetString(5), reader.GetString(6), reader.GetDouble(7), reader.IsDBNull(8) ? null : reader.GetString(8),
            Codes.Parse<TravelMode>(reader.GetString(11)), reader.GetDouble(12), reader.GetInt32(13), reader.GetBoolean(14),
            [], [], [], [], reader.GetString(15), reader.GetInt32(16), reader.IsDBNull(17) ? null : reader.GetInt64(17), reader.GetBoolean(18));
        return (visit, meeting, visit.ManualOrder);
    }

    private static Task<List<VisitTarget>> Targets(Work work, long id) => work.List($"""
        SELECT t.id, t.kind, t.place_id, p.name, p.address, p.postcode, p.category, ST_AsGeoJSON(ST_Transform(p.location, 4326), 6),
            ST_X(p.location), ST_Y(p.location)
        FROM visit_targets t JOIN {VisitSql.Places} p ON p.kind = t.kind AND p.place_id = t.place_id WHERE t.visit_id = $1 ORDER BY t.position NULLS LAST, t.id
        """, r => new VisitTarget(r.GetInt64(0), Codes.Parse<TargetKind>(r.GetString(1)), r.GetInt64(2), r.GetString(3), Text(r, 4), Text(r, 5),
            r.GetString(6), r.GetString(7), r.GetDouble(8), r.GetDouble(9)), id);

    private static Task<List<TeamMember>> Team(Work work, long id) => work.List(
        "SELECT username, agency, powers_of_entry, nrm_first_responder FROM visit_team WHERE visit_id = $1 ORDER BY username",
        r => new TeamMember(r.GetString(0), r.GetString(1), Text(r, 2), r.GetBoolean(3)), id);

    private static Task<List<SafeguardingContact>> Contacts(Work work, long id) => work.List(
        "SELECT kind, name, phone, notes FROM visit_contacts WHERE visit_id = $1 ORDER BY id",
        r => new SafeguardingContact(Codes.Parse<ContactKind>(r.GetString(0)), r.GetString(1), Text(r, 2), Text(r, 3)), id);

    private static Task<List<long>> LinkedIncidents(Work work, long id) => work.List(
        "SELECT incident_id FROM visit_incidents WHERE visit_id = $1 ORDER BY incident_id", r => r.GetInt64(0), id);

    private static string? Text(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
}
