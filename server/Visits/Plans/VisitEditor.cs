using Hotspots.Access;
using Hotspots.Database;
using NetTopologySuite.Geometries;

namespace Hotspots.Visits;

/// <summary>
/// Changes an operation in one transaction on the version the planner read: the rows, the change log entry and the
/// audit entry commit together, and a change made on an older version is refused naming who changed what since.
/// </summary>
public sealed class VisitEditor(UnitOfWork units, FollowUpActions followUps)
{
    public async Task Apply(Viewer viewer, long id, int version, VisitEdit edit, CancellationToken cancel)
    {
        VisitRoles.RequirePlanner(viewer);
        if (edit.Fields.Count == 0) throw new VisitRefused("Nothing to change: give at least one field in changes.");
        if (edit.Name is { } name && string.IsNullOrWhiteSpace(name)) throw new VisitRefused("The operation's name cannot be empty.");
        if (edit.SpeedKmh is <= 0 or > 120 || edit.MinutesPerVisit is < 0 or > 480) throw new VisitRefused("speedKmh must be 0–120 and minutesPerVisit 0–480.");
        if (edit.MeetingPoint is { } point && point is not Point) throw new VisitRefused("meetingPoint must be a GeoJSON Point.");
        if (edit.RouteOrder is not null && edit.ReoptimiseRoute) throw new VisitRefused("Give either routeOrder (your own order) or reoptimiseRoute, not both.");
        await units.Run(viewer, work => Apply(work, id, version, edit), cancel);
    }

    private async Task Apply(Work work, long id, int version, VisitEdit edit)
    {
        var visit = await Locked(work, id);
        if (visit.Version != version) throw await Stale(work, id, version, visit.Version);
        var takesCommand = (edit.LeadAgency is { } newLead && newLead != visit.LeadAgency) || (edit.PlanId is { } newPlan && newPlan != visit.PlanId);
        if (takesCommand && !visit.Commands)
            throw new VisitRefused("Only the operation's planner, planners of its lead agency or the chair of its plan's group may change its lead agency or plan.");
        // Whoever is on the team sees its linked records in full, so adding people is for those who command it (#16).
        if (edit.Team is { } newTeam && !visit.Commands && await VisitTeamRules.Newcomers(work, id, newTeam) is { Count: > 0 } newcomers)
            throw new VisitRefused($"Only the operation's planner, planners of its lead agency or the chair of its plan's group may add people to its team " +
                $"(you added {string.Join(", ", newcomers)}): you may remove people or change their powers.");
        if (edit.LeadAgency is { } lead && !await VisitTeamRules.AgencyExists(work, lead))
            throw new VisitRefused($"There is no agency '{lead}': use an agency code such as police, council, glaa, hmrc, fire or immigration.");
        if (edit.PlanId is { } planId) await RequirePlanMember(work, planId);
        await work.Execute("""
            UPDATE visits SET name = coalesce(trim($2), name), theme = CASE WHEN $3::text IS NULL THEN theme ELSE nullif(trim($3), '') END,
                planned_on = coalesce($4, planned_on), starts_at = coalesce($5, starts_at), lead_agency = coalesce($6, lead_agency),
                victims_expected = coalesce($7, victims_expected), plan_id = coalesce($8, plan_id),
                manual_order = CASE WHEN $9 THEN true WHEN $10 THEN false ELSE manual_order END, version = version + 1
            WHERE id = $1
            """, id, edit.Name, edit.Theme, edit.PlannedOn, edit.StartsAt, edit.LeadAgency, edit.VictimsExpected, edit.PlanId,
            edit.RouteOrder is not null, edit.ReoptimiseRoute);
        if (edit.ChangesTravel)
            await work.Execute("""
                UPDATE visits SET meeting_point = coalesce(ST_Transform($2::geometry, 27700), meeting_point), travel_mode = coalesce($3::text, travel_mode),
                    speed_kmh = coalesce($4::float8, speed_kmh), minutes_per_visit = coalesce($5::int, minutes_per_visit)
                WHERE id = $1
                """, id, edit.MeetingPoint, edit.TravelMode is { } mode ? Codes.Of(mode) : null, edit.Speed, edit.MinutesPerVisit);
        if (edit.Team is { } team) await VisitTeamRules.Replace(work, id, team);
        if (edit.Contacts is { } contacts) await ReplaceContacts(work, id, contacts);
        if (edit.RemoveTargets is { Count: > 0 } removed) await VisitTargetEdits.Remove(work, id, removed);
        if (edit.AddTargets is { Count: > 0 } added) await VisitPlanner.AddTargets(work, id, added);
        if (edit.RouteOrder is { } order) await VisitTargetEdits.Order(work, id, order);
        if (edit.ReoptimiseRoute) await work.Execute("UPDATE visit_targets SET position = NULL WHERE visit_id = $1", id);
        var summary = $"Changed {string.Join(", ", edit.Fields)} of operation {id}.";
        if (edit.PlanId is { } plan) summary += await followUps.MakeWaiting(work, id, plan);
        await work.Execute("INSERT INTO visit_changes (visit_id, version, username, agency, fields, summary) VALUES ($1, $2, $3, $4, $5, $6)",
            id, version + 1, work.Viewer.Username, work.Viewer.Agency, edit.Fields.ToArray(), summary);
        await work.Audit("update visit", $"visit:{id}", new { version = version + 1, fields = edit.Fields, summary });
    }

    private sealed record Current(int Version, bool Commands, string LeadAgency, long? PlanId);

    private static async Task<Current> Locked(Work work, long id)
    {
        var sql = new SqlConditions();
        var viewer = work.Viewer;
        return await work.Single($"""
            SELECT v.version, v.created_by = {sql.Parameter(viewer.Username)} OR v.lead_agency = {sql.Parameter(viewer.Agency)}
                OR v.plan_id IN (SELECT p.id FROM plans p JOIN problem_groups g ON g.id = p.group_id WHERE g.chair = {sql.Parameter(viewer.Username)}),
                v.lead_agency, v.plan_id
            FROM visits v WHERE v.id = {sql.Parameter(id)} AND {VisitSql.Visible(sql, viewer)} FOR UPDATE OF v
            """, r => new Current(r.GetInt32(0), r.GetBoolean(1), r.GetString(2), r.IsDBNull(3) ? null : r.GetInt64(3)), sql)
            ?? throw new VisitRefused($"There is no operation {id} you may change.");
    }

    private static async Task<VisitRefused> Stale(Work work, long id, int yours, int now)
    {
        var changes = await work.List("SELECT username, agency, at, fields FROM visit_changes WHERE visit_id = $1 AND version > $2 ORDER BY version",
            r => $"{r.GetString(0)} ({r.GetString(1)}) changed {string.Join(", ", r.GetFieldValue<string[]>(3))} at " +
                $"{r.GetFieldValue<DateTimeOffset>(2).ToUniversalTime():yyyy-MM-dd HH:mm:ss} UTC", id, yours);
        return new VisitRefused($"Operation {id} was changed after you opened it (you had version {yours}; it is now version {now}): " +
            $"{string.Join("; ", changes)}. Nothing was saved: reload the operation, then make your change again.");
    }

    public static async Task RequirePlanMember(Work work, long planId)
    {
        switch (await work.Scalar<bool?>("""
            SELECT EXISTS (SELECT 1 FROM group_members m JOIN plans p ON p.group_id = m.group_id WHERE p.id = $1 AND m.username = $2)
            FROM plans WHERE id = $1
            """, planId, work.Viewer.Username))
        {
            case null: throw new VisitRefused($"There is no problem-solving plan {planId}.");
            case false: throw new VisitRefused($"You are not a member of the group of plan {planId}: only its members may link an operation to it.");
        }
    }

    private static async Task ReplaceContacts(Work work, long id, IReadOnlyList<SafeguardingContact> contacts)
    {
        if (contacts.Any(c => string.IsNullOrWhiteSpace(c.Name))) throw new VisitRefused("Every safeguarding contact needs a name.");
        await work.Execute("DELETE FROM visit_contacts WHERE visit_id = $1", id);
        foreach (var contact in contacts)
            await work.Execute("INSERT INTO visit_contacts (visit_id, kind, name, phone, notes) VALUES ($1, $2, $3, $4, $5)",
                id, Codes.Of(contact.Kind), contact.Name.Trim(), contact.Phone, contact.Notes);
    }
}
