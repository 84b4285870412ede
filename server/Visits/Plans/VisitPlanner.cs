using Hotspots.Access;
using Hotspots.Database;
using Hotspots.Incidents;
using Npgsql;

namespace Hotspots.Visits;

/// <summary>Creates operations and changes their targets and linked incidents.</summary>
public sealed class VisitPlanner(NpgsqlDataSource dataSource)
{
    public async Task<long> Create(Viewer viewer, VisitPlan plan, CancellationToken cancel)
    {
        VisitRoles.RequirePlanner(viewer);
        if (string.IsNullOrWhiteSpace(plan.Name)) throw new VisitRefused("Give the operation a name.");
        if (plan.Speed is <= 0 or > 120 || plan.MinutesPerVisit is < 0 or > 480) throw new VisitRefused("speedKmh must be 0–120 and minutesPerVisit 0–480.");
        if (plan.MeetingPoint is { } p && p is not NetTopologySuite.Geometries.Point) throw new VisitRefused("meetingPoint must be a GeoJSON Point.");
        var sql = new SqlConditions();
        var area = TargetAreaSql.Geometry(sql, plan.Area);
        await using var connection = await dataSource.OpenConnectionAsync(cancel);
        await using var transaction = await connection.BeginTransactionAsync(cancel);
        if (!await VisitTeamRules.AgencyExists(connection, transaction, plan.LeadAgency, cancel))
            throw new VisitRefused($"There is no agency '{plan.LeadAgency}': use an agency code such as police, council, glaa, hmrc, fire or immigration.");
        await VisitTeamRules.Check(connection, transaction, plan.Team ?? [], cancel);
        await using var insert = new NpgsqlCommand($"""
            INSERT INTO visits (name, theme, planned_on, starts_at, lead_agency, area, area_id, buffer_metres, meeting_point,
                travel_mode, speed_kmh, minutes_per_visit, victims_expected, created_by, created_agency)
            SELECT {sql.Parameter(plan.Name.Trim())}, {sql.Parameter(plan.Theme)}, {sql.Parameter(plan.PlannedOn)},
                {sql.Parameter(plan.StartsAt ?? new TimeOnly(9, 0))}, {sql.Parameter(plan.LeadAgency)}, a.g, {sql.Parameter(plan.Area.AreaId)},
                {sql.Parameter(plan.Area.BufferMetres)}, ST_Transform({sql.Parameter(plan.MeetingPoint)}::geometry, 27700),
                {sql.Parameter(Codes.Of(plan.TravelMode))}, {sql.Parameter(plan.Speed)}, {sql.Parameter(plan.MinutesPerVisit)},
                {sql.Parameter(plan.VictimsExpected)}, {sql.Parameter(viewer.Username)}, {sql.Parameter(viewer.Agency)}
            FROM (SELECT {area} AS g) a WHERE a.g IS NOT NULL
            RETURNING id
            """, connection, transaction);
        foreach (var parameter in sql.Parameters) insert.Parameters.Add(parameter.Clone());
        var id = (long?)await insert.ExecuteScalarAsync(cancel) ?? throw new VisitRefused($"There is no area {plan.Area.AreaId}.");
        await VisitTeamRules.Insert(connection, transaction, id, plan.Team ?? [], cancel);
        foreach (var contact in plan.Contacts ?? [])
            await Run(connection, transaction, "INSERT INTO visit_contacts (visit_id, kind, name, phone, notes) VALUES ($1, $2, $3, $4, $5)",
                cancel, id, Codes.Of(contact.Kind), contact.Name, contact.Phone, contact.Notes);
        await AddTargets(connection, transaction, id, plan.Targets ?? [], cancel);
        await LinkIncidents(connection, transaction, viewer, id, plan.IncidentIds ?? [], cancel);
        await transaction.CommitAsync(cancel);
        return id;
    }

    public async Task AddTargets(Viewer viewer, long visitId, IReadOnlyList<TargetRef> targets, CancellationToken cancel) =>
        await Change(viewer, visitId, "addTargets", cancel, (c, t) => AddTargets(c, t, visitId, targets, cancel));

    public async Task LinkIncidents(Viewer viewer, long visitId, IReadOnlyList<long> incidentIds, CancellationToken cancel) =>
        await Change(viewer, visitId, "linkedIncidentIds", cancel, (c, t) => LinkIncidents(c, t, viewer, visitId, incidentIds, cancel));

    // These add to an operation rather than overwrite it, so they need no version from the caller; they still move
    // the version on, so an edit made on what was read before them is refused.
    private async Task Change(Viewer viewer, long visitId, string field, CancellationToken cancel, Func<NpgsqlConnection, NpgsqlTransaction, Task> change)
    {
        VisitRoles.RequirePlanner(viewer);
        await using var connection = await dataSource.OpenConnectionAsync(cancel);
        await using var transaction = await connection.BeginTransactionAsync(cancel);
        var sql = new SqlConditions();
        await using var check = new NpgsqlCommand($"SELECT 1 FROM visits v WHERE v.id = {sql.Parameter(visitId)} AND {VisitSql.Visible(sql, viewer)} FOR UPDATE", connection, transaction);
        foreach (var parameter in sql.Parameters) check.Parameters.Add(parameter.Clone());
        if (await check.ExecuteScalarAsync(cancel) is null) throw new VisitRefused($"There is no operation {visitId} you may change.");
        await change(connection, transaction);
        await VisitEditor.Execute(connection, transaction, """
            WITH moved AS (UPDATE visits SET version = version + 1 WHERE id = $1 RETURNING version)
            INSERT INTO visit_changes (visit_id, version, username, agency, fields, summary)
            SELECT $1, version, $2, $3, ARRAY[$4], 'Changed ' || $4 || ' of operation ' || $1 || '.' FROM moved
            """, cancel, visitId, viewer.Username, viewer.Agency, field);
        await transaction.CommitAsync(cancel);
    }

    public static async Task AddTargets(NpgsqlConnection connection, NpgsqlTransaction transaction, long visitId, IReadOnlyList<TargetRef> targets, CancellationToken cancel)
    {
        foreach (var target in targets)
        {
            await using var check = new NpgsqlCommand($"""
                SELECT p.name, ST_Intersects(p.location, v.area), round(ST_Distance(p.location, v.area)::numeric)
                FROM {VisitSql.Places} p, visits v WHERE p.kind = $1 AND p.place_id = $2 AND v.id = $3
                """, connection, transaction);
            Add(check, Codes.Of(target.Kind), target.PlaceId, visitId);
            await using var reader = await check.ExecuteReaderAsync(cancel);
            var what = target.Kind == TargetKind.Premises ? "premises" : "risk business";
            if (!await reader.ReadAsync(cancel)) throw new VisitRefused($"There is no {what} {target.PlaceId}.");
            if (!reader.GetBoolean(1))
                throw new VisitRefused($"The {what} '{reader.GetString(0)}' ({target.PlaceId}) is {reader.GetDecimal(2)} m outside the operation's area: " +
                    "choose a target inside it, or plan the operation with a larger area or buffer.");
            await reader.DisposeAsync();
            await Run(connection, transaction, "INSERT INTO visit_targets (visit_id, kind, place_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
                cancel, visitId, Codes.Of(target.Kind), target.PlaceId);
        }
    }

    // Only incidents the planner sees in full may be linked: linking shares them with the team.
    private static async Task LinkIncidents(NpgsqlConnection connection, NpgsqlTransaction transaction, Viewer viewer, long visitId,
        IReadOnlyList<long> incidentIds, CancellationToken cancel)
    {
        if (incidentIds.Count == 0) return;
        var sql = new SqlConditions();
        // Counted on what the planner sees, not on what is linked: an incident someone else linked is no proof of access.
        var ids = incidentIds.Distinct().ToArray();
        await using var link = new NpgsqlCommand($"""
            WITH shareable AS (
                SELECT seen.id FROM {IncidentAccess.EachRecord(sql, viewer, new IncidentFilter())}
                WHERE seen.access = '{IncidentAccess.Full}' AND seen.id = ANY({sql.Parameter(ids)})
            ), linked AS (
                INSERT INTO visit_incidents (visit_id, incident_id, linked_by)
                SELECT {sql.Parameter(visitId)}, id, {sql.Parameter(viewer.Username)} FROM shareable
                ON CONFLICT DO NOTHING
            )
            SELECT count(*) FROM shareable
            """, connection, transaction);
        foreach (var parameter in sql.Parameters) link.Parameters.Add(parameter.Clone());
        if ((long)(await link.ExecuteScalarAsync(cancel))! < ids.Length)
            throw new VisitRefused("Only incidents you may see in full can be linked to an operation.");
    }

    private static async Task Run(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancel, params object?[] values)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        Add(command, values);
        await command.ExecuteNonQueryAsync(cancel);
    }

    private static void Add(NpgsqlCommand command, params object?[] values)
    {
        foreach (var value in values) command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
    }
}
