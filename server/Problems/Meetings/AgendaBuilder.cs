using Hotspots.Access;
using Hotspots.Database;
using Hotspots.Incidents;
using Npgsql;

namespace Hotspots.Problems;

public sealed class AgendaBuilder(NpgsqlDataSource dataSource, GroupStore groups, PlanStore plans, ActionStore actions, MeetingStore meetings)
{
    public static readonly TimeSpan WithoutMeeting = TimeSpan.FromDays(28);

    public async Task<Agenda> For(Viewer viewer, long groupId, CancellationToken cancel)
    {
        _ = await groups.ById(viewer, groupId, cancel) ?? throw new ProblemRefused($"There is no group {groupId} you are a member of.");
        var last = (await meetings.ForGroup(viewer, groupId, cancel)).FirstOrDefault();
        var since = last?.HeldAt ?? DateTimeOffset.UtcNow - WithoutMeeting;
        var open = (await plans.ForGroup(viewer, groupId, cancel)).Where(p => p.Status != PlanStatus.Closed).ToList();
        var withNew = new List<PlanWithNewIncidents>();
        foreach (var plan in open)
            if (await NewIncidents(viewer, plan.Id, since, cancel) is { Shown.Value: not 0 } count) withNew.Add(new PlanWithNewIncidents(plan, count));
        return new Agenda(groupId, since, last is not null, [.. open.Where(p => p.ReviewOn <= actions.Today)],
            await actions.OverdueForGroup(groupId, cancel), withNew);
    }

    /// <summary>Incidents recorded since <paramref name="since"/> in the plan's areas, counted as the viewer may know them.</summary>
    private async Task<RegionCount> NewIncidents(Viewer viewer, long planId, DateTimeOffset since, CancellationToken cancel)
    {
        var sql = new SqlConditions();
        await using var command = sql.Command(dataSource, $"""
            SELECT count(*) FILTER (WHERE seen.access = '{IncidentAccess.Full}'), count(*) FILTER (WHERE seen.access = '{IncidentAccess.Generalised}'),
                {IncidentAccess.SuppressBelow}
            FROM {IncidentAccess.Seen(sql, viewer, new IncidentFilter())}
            WHERE seen.created_at > {sql.Parameter(since)} AND seen.access IN ('{IncidentAccess.Full}', '{IncidentAccess.Generalised}')
                AND ST_Intersects(CASE WHEN seen.access = '{IncidentAccess.Full}' THEN seen.location ELSE seen.cell_centre END,
                    (SELECT ST_Union(a.boundary) FROM plan_areas pa JOIN areas a ON a.id = pa.area_id WHERE pa.plan_id = {sql.Parameter(planId)}))
            """);
        await using var r = await command.ExecuteReaderAsync(cancel);
        await r.ReadAsync(cancel);
        return new RegionCount(r.GetInt64(0), r.GetInt64(1), r.GetInt32(2));
    }
}
