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
        var now = DateTimeOffset.UtcNow;
        var withNew = new List<PlanWithNewIncidents>();
        foreach (var plan in open)
        {
            if (await PlanAreas.Boundary(dataSource, plan.Id, cancel) is not { } areas) continue;
            if (await Count(viewer, plan, areas, since, null, cancel) is not { Empty: false } count) continue;
            var baselineTo = plan.CreatedAt < since ? plan.CreatedAt : since;
            var baselineFrom = baselineTo - (now - since);
            withNew.Add(new PlanWithNewIncidents(plan, count, await Count(viewer, plan, areas, baselineFrom, baselineTo, cancel), baselineFrom, baselineTo));
        }
        return new Agenda(groupId, since, last is not null, [.. open.Where(p => p.ReviewOn <= actions.Today)],
            await actions.OverdueForGroup(groupId, cancel), withNew);
    }

    /// <summary>
    /// Incidents in the plan's areas (of its exploitation type, when it has one) that occurred from <paramref name="from"/>
    /// (to <paramref name="to"/>, when given), from the viewer's view: when they were recorded is not in it, and counted
    /// cells answer by whole months, so a cell counts from the start of the month of <paramref name="from"/>.
    /// </summary>
    private async Task<RegionCount> Count(Viewer viewer, ProblemSolvingPlan plan, NetTopologySuite.Geometries.Geometry areas,
        DateTimeOffset from, DateTimeOffset? to, CancellationToken cancel)
    {
        var filter = new IncidentFilter(Within: areas, From: from, To: to, ExploitationTypes: plan.ExploitationType is { } type ? [type] : null);
        var sql = new SqlConditions();
        await using var command = sql.Command(dataSource, $"SELECT {RegionCount.Columns} FROM {IncidentView.Of(sql, viewer, filter)}");
        await using var r = await command.ExecuteReaderAsync(cancel);
        await r.ReadAsync(cancel);
        return RegionCount.Read(r, 0);
    }
}
