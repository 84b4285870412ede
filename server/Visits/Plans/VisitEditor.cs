using System.Text.Json;
using Hotspots.Access;
using Hotspots.Database;
using NetTopologySuite.Geometries;
using Npgsql;

namespace Hotspots.Visits;

/// <summary>
/// Changes an operation in one transaction on the version the planner read: the rows, the change log entry and the
/// audit entry commit together, and a change made on an older version is refused naming who changed what since.
/// </summary>
public sealed class VisitEditor(NpgsqlDataSource dataSource, FollowUpActions followUps)
{
    public async Task Apply(Viewer viewer, long id, int version, VisitEdit edit, CancellationToken cancel)
    {
        VisitRoles.RequirePlanner(viewer);
        if (edit.Fields.Count == 0) throw new VisitRefused("Nothing to change: give at least one field in changes.");
        if (edit.Name is { } name && string.IsNullOrWhiteSpace(name)) throw new VisitRefused("The operation's name cannot be empty.");
        if (edit.SpeedKmh is <= 0 or > 120 || edit.MinutesPerVisit is < 0 or > 480) throw new VisitRefused("speedKmh must be 0–120 and minutesPerVisit 0–480.");
        if (edit.MeetingPoint is { } point && point is not Point) throw new VisitRefused("meetingPoint must be a GeoJSON Point.");
        if (edit.RouteOrder is not null && edit.ReoptimiseRoute) throw new VisitRefused("Give either routeOrder (your own order) or reoptimiseRoute, not both.");
        await using var connection = await dataSource.OpenConnectionAsync(cancel);
        await using var transaction = await connection.BeginTransactionAsync(cancel);
        var visit = await Locked(connection, transaction, viewer, id, cancel);
        if (visit.Version != version) throw await Stale(connection, transaction, id, version, visit.Version, cancel);
        var takesCommand = (edit.LeadAgency is { } newLead && newLead != visit.LeadAgency) || (edit.PlanId is { } newPlan && newPlan != visit.PlanId);
        if (takesCommand && !visit.Commands)
            throw new VisitRefused("Only the operation's planner, planners of its lead agency or the chair of its plan's group may change its lead agency or plan.");
        if (edit.LeadAgency is { } lead && !await VisitTeamRules.AgencyExists(connection, transaction, lead, cancel))
            throw new VisitRefused($"There is no agency '{lead}': use an agency code such as police, council, glaa, hmrc, fire or immigration.");
        if (edit.PlanId is { } planId) await RequirePlanMember(connection, transaction, viewer, planId, cancel);
        await Execute(connection, transaction, """
            UPDATE visits SET name = coalesce(trim($2), name), theme = CASE WHEN $3::text IS NULL THEN theme ELSE nullif(trim($3), '') END,
                planned_on = coalesce($4, planned_on), starts_at = coalesce($5, starts_at), lead_agency = coalesce($6, lead_agency),
                victims_expected = coalesce($7, victims_expected), plan_id = coalesce($8, plan_id),
                manual_order = CASE WHEN $9 THEN true WHEN $10 THEN false ELSE manual_order END, version = version + 1
            WHERE id = $1
            """, cancel, id, edit.Name, edit.Theme, edit.PlannedOn, edit.StartsAt, edit.LeadAgency, edit.VictimsExpected, edit.PlanId,
            edit.RouteOrder is not null, edit.ReoptimiseRoute);
        if (edit.ChangesTravel)
            await Execute(connection, transaction, """
                UPDATE visits SET meeting_point = coalesce(ST_Transform($2::geometry, 27700), meeting_point), travel_mode = coalesce($3::text, travel_mode),
                    speed_kmh = coalesce($4::float8, speed_kmh), minutes_per_visit = coalesce($5::int, minutes_per_visit)
                WHERE id = $1
                """, cancel, id, edit.MeetingPoint, edit.TravelMode is { } mode ? Codes.Of(mode) : null, edit.Speed, edit.MinutesPerVisit);
        if (edit.Team is { } team) await VisitTeamRules.Replace(connection, transaction, id, team, cancel);
        if (edit.Contacts is { } contacts) await ReplaceContacts(connection, transaction, id, contacts, cancel);
        if (edit.RemoveTargets is { Count: > 0 } removed) await VisitTargetEdits.Remove(connection, transaction, id, removed, cancel);
        if (edit.AddTargets is { Count: > 0 } added) await VisitPlanner.AddTargets(connection, transaction, id, added, cancel);
        if (edit.RouteOrder is { } order) await VisitTargetEdits.Order(connection, transaction, id, order, cancel);
        if (edit.ReoptimiseRoute) await Execute(connection, transaction, "UPDATE visit_targets SET position = NULL WHERE visit_id = $1", cancel, id);
        var summary = $"Changed {string.Join(", ", edit.Fields)} of operation {id}.";
        if (edit.PlanId is { } plan) summary += await followUps.MakeWaiting(connection, transaction, viewer, id, plan, cancel);
        await Execute(connection, transaction, "INSERT INTO visit_changes (visit_id, version, username, agency, fields, summary) VALUES ($1, $2, $3, $4, $5, $6)",
            cancel, id, version + 1, viewer.Username, viewer.Agency, edit.Fields.ToArray(), summary);
        await Execute(connection, transaction, "INSERT INTO audit_log (username, agency, action, subject, detail) VALUES ($1, $2, 'update visit', $3, $4::jsonb)",
            cancel, viewer.Username, viewer.Agency, $"visit:{id}", JsonSerializer.Serialize(new { version = version + 1, fields = edit.Fields, summary }));
        await transaction.CommitAsync(cancel);
    }

    private sealed record Current(int Version, bool Commands, string LeadAgency, long? PlanId);

    private static async Task<Current> Locked(NpgsqlConnection connection, NpgsqlTransaction transaction, Viewer viewer, long id, CancellationToken cancel)
    {
        var sql = new SqlConditions();
        await using var command = new NpgsqlCommand($"""
            SELECT v.version, v.created_by = {sql.Parameter(viewer.Username)} OR v.lead_agency = {sql.Parameter(viewer.Agency)}
                OR v.plan_id IN (SELECT p.id FROM plans p JOIN problem_groups g ON g.id = p.group_id WHERE g.chair = {sql.Parameter(viewer.Username)}),
                v.lead_agency, v.plan_id
            FROM visits v WHERE v.id = {sql.Parameter(id)} AND {VisitSql.Visible(sql, viewer)} FOR UPDATE OF v
            """, connection, transaction);
        foreach (var parameter in sql.Parameters) command.Parameters.Add(parameter.Clone());
        await using var reader = await command.ExecuteReaderAsync(cancel);
        if (!await reader.ReadAsync(cancel)) throw new VisitRefused($"There is no operation {id} you may change.");
        return new Current(reader.GetInt32(0), reader.GetBoolean(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetInt64(3));
    }

    private static async Task<VisitRefused> Stale(NpgsqlConnection connection, NpgsqlTransaction transaction, long id, int yours, int now, CancellationToken cancel)
    {
        var changes = new List<string>();
        await using var command = new NpgsqlCommand(
            "SELECT username, agency, at, fields FROM visit_changes WHERE visit_id = $1 AND version > $2 ORDER BY version", connection, transaction).With(id, yours);
        await using (var r = await command.ExecuteReaderAsync(cancel))
            while (await r.ReadAsync(cancel))
                changes.Add($"{r.GetString(0)} ({r.GetString(1)}) changed {string.Join(", ", r.GetFieldValue<string[]>(3))} at " +
                    $"{r.GetFieldValue<DateTimeOffset>(2).ToUniversalTime():yyyy-MM-dd HH:mm:ss} UTC");
        return new VisitRefused($"Operation {id} was changed after you opened it (you had version {yours}; it is now version {now}): " +
            $"{string.Join("; ", changes)}. Nothing was saved: reload the operation, then make your change again.");
    }

    private static async Task RequirePlanMember(NpgsqlConnection connection, NpgsqlTransaction transaction, Viewer viewer, long planId, CancellationToken cancel)
    {
        await using var command = new NpgsqlCommand("""
            SELECT EXISTS (SELECT 1 FROM group_members m JOIN plans p ON p.group_id = m.group_id WHERE p.id = $1 AND m.username = $2)
            FROM plans WHERE id = $1
            """, connection, transaction).With(planId, viewer.Username);
        switch (await command.ExecuteScalarAsync(cancel))
        {
            case null: throw new VisitRefused($"There is no problem-solving plan {planId}.");
            case false: throw new VisitRefused($"You are not a member of the group of plan {planId}: only its members may link an operation to it.");
        }
    }

    private static async Task ReplaceContacts(NpgsqlConnection connection, NpgsqlTransaction transaction, long id, IReadOnlyList<SafeguardingContact> contacts, CancellationToken cancel)
    {
        if (contacts.Any(c => string.IsNullOrWhiteSpace(c.Name))) throw new VisitRefused("Every safeguarding contact needs a name.");
        await Execute(connection, transaction, "DELETE FROM visit_contacts WHERE visit_id = $1", cancel, id);
        foreach (var contact in contacts)
            await Execute(connection, transaction, "INSERT INTO visit_contacts (visit_id, kind, name, phone, notes) VALUES ($1, $2, $3, $4, $5)",
                cancel, id, Codes.Of(contact.Kind), contact.Name.Trim(), contact.Phone, contact.Notes);
    }

    public static async Task Execute(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancel, params object?[] values)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction).With(values);
        await command.ExecuteNonQueryAsync(cancel);
    }
}
