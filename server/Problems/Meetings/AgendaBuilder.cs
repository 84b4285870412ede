using Hotspots.Access;
using Hotspots.Database;
using Hotspots.Incidents;

namespace Hotspots.Problems;

public sealed class AgendaBuilder(UnitOfWork units, GroupStore groups, PlanStore plans, ActionStore actions, MeetingStore meetings)
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
            var (count, baseline, baselineFrom, baselineTo) = await units.Read<(RegionCount?, RegionCount?, DateTimeOffset, DateTimeOffset)>(viewer, async work =>
            {
                if (await PlanAreas.Boundary(work, plan.Id) is not { } areas) return (null, null, now, now);
                if (await Count(work, plan, areas, since, null) is not { Empty: false } count) return (null, null, now, now);
                var to = plan.CreatedAt < since ? plan.CreatedAt : since;
                var from = to - (now - since);
                return (count, await Count(work, plan, areas, from, to), from, to);
            }, cancel);
            if (count is not null) withNew.Add(new PlanWithNewIncidents(plan, count, baseline!, baselineFrom, baselineTo));
        }
        return new Agenda(groupId, since, last is not null, [.. open.Where(p => p.ReviewOn <= actions.Today)],
            await actions.OverdueForGroup(groupId, cancel), withNew);
    }

    /// <summary>
    /// Incidents in the plan's areas (of its exploitation type, when it has one) that occurred from <paramref name="from"/>
    /// (to <paramref name="to"/>, when given), from the viewer's view: when they were recorded is not in it, and counted
    /// cells answer by whole months, so a cell counts from the start of the month of <paramref name="from"/>.
    /// </summary>
    private static async Task<RegionCount> Count(Work work, ProblemSolvingPlan plan, NetTopologySuite.Geometries.Geometry areas,
        DateTimeOffset from, DateTimeOffset? to)
    {
        var filter = new IncidentFilter(Within: areas, From: from, To: to, ExploitationTypes: plan.ExploitationType is { } type ? [type] : null);
        var sql = new SqlConditions();
        return (await work.Single($"SELECT {RegionCount.Columns} FROM {IncidentView.Of(sql, work.Viewer, filter)}", r => RegionCount.Read(r, 0), sql))!;
    }
}
