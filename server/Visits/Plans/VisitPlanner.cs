using Hotspots.Access;
using Hotspots.Database;
using Hotspots.Incidents;

namespace Hotspots.Visits;

/// <summary>Creates operations and changes their targets and linked incidents.</summary>
public sealed class VisitPlanner(UnitOfWork units)
{
    public async Task<long> Create(Viewer viewer, VisitPlan plan, CancellationToken cancel)
    {
        VisitRoles.RequirePlanner(viewer);
        if (string.IsNullOrWhiteSpace(plan.Name)) throw new VisitRefused("Give the operation a name.");
        if (plan.Speed is <= 0 or > 120 || plan.MinutesPerVisit is < 0 or > 480) throw new VisitRefused("speedKmh must be 0–120 and minutesPerVisit 0–480.");
        if (plan.MeetingPoint is { } p && p is not NetTopologySuite.Geometries.Point) throw new VisitRefused("meetingPoint must be a GeoJSON Point.");
        return await units.Run(viewer, work => Create(work, plan), cancel);
    }

    private static async Task<long> Create(Work work, VisitPlan plan)
    {
        if (!await VisitTeamRules.AgencyExists(work, plan.LeadAgency))
            throw new VisitRefused($"There is no agency '{plan.LeadAgency}': use an agency code such as police, council, glaa, hmrc, fire or immigration.");
        await VisitTeamRules.Check(work, plan.Team ?? []);
        if (plan.PlanId is { } planId) await VisitEditor.RequirePlanMember(work, planId);
        var sql = new SqlConditions();
        var area = TargetAreaSql.Geometry(sql, plan.Area);
        var id = await work.Scalar<long?>($"""
            INSERT INTO visits (name, theme, planned_on, starts_at, lead_agency, area, area_id, buffer_metres, meeting_point,
                travel_mode, speed_kmh, minutes_per_visit, victims_expected, created_by, created_agency, plan_id)
            SELECT {sql.Parameter(plan.Name.Trim())}, {sql.Parameter(plan.Theme)}, {sql.Parameter(plan.PlannedOn)},
                {sql.Parameter(plan.StartsAt ?? new TimeOnly(9, 0))}, {sql.Parameter(plan.LeadAgency)}, a.g, {sql.Parameter(plan.Area.AreaId)},
                {sql.Parameter(plan.Area.BufferMetres)}, ST_Transform({sql.Parameter(plan.MeetingPoint)}::geometry, 27700),
                {sql.Parameter(Codes.Of(plan.TravelMode))}, {sql.Parameter(plan.Speed)}, {sql.Parameter(plan.MinutesPerVisit)},
                {sql.Parameter(plan.VictimsExpected)}, {sql.Parameter(work.Viewer.Username)}, {sql.Parameter(work.Viewer.Agency)}, {sql.Parameter(plan.PlanId)}::bigint
            FROM (SELECT {area} AS g) a WHERE a.g IS NOT NULL
            RETURNING id
            """, sql) ?? throw new VisitRefused($"There is no area {plan.Area.AreaId}.");
        await VisitTeamRules.Insert(work, id, plan.Team ?? []);
        foreach (var contact in plan.Contacts ?? [])
            await work.Execute("INSERT INTO visit_contacts (visit_id, kind, name, phone, notes) VALUES ($1, $2, $3, $4, $5)",
                id, Codes.Of(contact.Kind), contact.Name, contact.Phone, contact.Notes);
        await AddTargets(work, id, plan.Targets ?? []);
        await LinkIncidents(work, id, plan.IncidentIds ?? []);
        return id;
    }

    public Task AddTargets(Viewer viewer, long visitId, IReadOnlyList<TargetRef> targets, CancellationToken cancel) =>
        Change(viewer, visitId, "addTargets", cancel, work => AddTargets(work, visitId, targets));

    public Task LinkIncidents(Viewer viewer, long visitId, IReadOnlyList<long> incidentIds, CancellationToken cancel) =>
        Change(viewer, visitId, "linkedIncidentIds", cancel, work => LinkIncidents(work, visitId, incidentIds));

    // These add to an operation rather than overwrite it, so they need no version from the caller; they still move
    // the version on, so an edit made on what was read before them is refused.
    private Task Change(Viewer viewer, long visitId, string field, CancellationToken cancel, Func<Work, Task> change)
    {
        VisitRoles.RequirePlanner(viewer);
        return units.Run(viewer, async work =>
        {
            var sql = new SqlConditions();
            if (await work.Scalar<int?>($"SELECT 1 FROM visits v WHERE v.id = {sql.Parameter(visitId)} AND {VisitSql.Visible(sql, viewer)} FOR UPDATE", sql) is null)
                throw new VisitRefused($"There is no operation {visitId} you may change.");
            await change(work);
            await work.Execute("""
                WITH moved AS (UPDATE visits SET version = version + 1 WHERE id = $1 RETURNING version)
                INSERT INTO visit_changes (visit_id, version, username, agency, fields, summary)
                SELECT $1, version, $2, $3, ARRAY[$4], 'Changed ' || $4 || ' of operation ' || $1 || '.' FROM moved
                """, visitId, viewer.Username, viewer.Agency, field);
        }, cancel);
    }

    public static async Task AddTargets(Work work, long visitId, IReadOnlyList<TargetRef> targets)
    {
        foreach (var target in targets)
        {
            var what = target.Kind == TargetKind.Premises ? "premises" : "risk business";
            var place = await work.Single($"""
                SELECT p.name, ST_Intersects(p.location, v.area), round(ST_Distance(p.location, v.area)::numeric)
                FROM {VisitSql.Places} p, visits v WHERE p.kind = $1 AND p.place_id = $2 AND v.id = $3
                """, r => (Name: r.GetString(0), Inside: r.GetBoolean(1), Metres: r.GetDecimal(2)), Codes.Of(target.Kind), target.PlaceId, visitId);
            if (place.Name is null) throw new VisitRefused($"There is no {what} {target.PlaceId}.");
            if (!place.Inside)
                throw new VisitRefused($"The {what} '{place.Name}' ({target.PlaceId}) is {place.Metres} m outside the operation's area: " +
                    "choose a target inside it, or plan the operation with a larger area or buffer.");
            await work.Execute("INSERT INTO visit_targets (visit_id, kind, place_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING",
                visitId, Codes.Of(target.Kind), target.PlaceId);
        }
    }

    // Only incidents the planner sees in full may be linked: linking shares them with the team.
    private static async Task LinkIncidents(Work work, long visitId, IReadOnlyList<long> incidentIds)
    {
        if (incidentIds.Count == 0) return;
        var sql = new SqlConditions();
        // Counted on what the planner sees, not on what is linked: an incident someone else linked is no proof of access.
        var ids = incidentIds.Distinct().ToArray();
        var shareable = await work.Scalar<long>($"""
            WITH shareable AS (
                SELECT seen.id FROM {IncidentAccess.EachRecord(sql, work.Viewer, new IncidentFilter())}
                WHERE seen.access = '{IncidentAccess.Full}' AND seen.id = ANY({sql.Parameter(ids)})
            ), linked AS (
                INSERT INTO visit_incidents (visit_id, incident_id, linked_by)
                SELECT {sql.Parameter(visitId)}, id, {sql.Parameter(work.Viewer.Username)} FROM shareable
                ON CONFLICT DO NOTHING
            )
            SELECT count(*) FROM shareable
            """, sql);
        if (shareable < ids.Length) throw new VisitRefused("Only incidents you may see in full can be linked to an operation.");
    }
}
