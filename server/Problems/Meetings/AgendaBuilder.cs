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
        var withNew = new List<PlanWithNewIncidents>();
        foreach (var plan in open)
            if (await units.Read(viewer, work => NewIncidents(work, plan, since), cancel) is { Empty: false } count) withNew.Add(new PlanWithNewIncidents(plan, count));
        return new Agenda(groupId, since, last is not null, [.. open.Where(p => p.ReviewOn <= actions.Today)],
            await actions.OverdueForGroup(groupId, cancel), withNew);
    }

    /// <summary>
    /// Incidents in the plan's areas (of its exploitation type, when it has one) that occurred since
    /// <paramref name="since"/>, from the viewer's view: when they were recorded is not in it, and counted cells answer
    /// by whole months, so a cell counts from the start of the month of the last meeting.
    /// </summary>
    private static async Task<RegionCount> NewIncidents(Work work, ProblemSolvingPlan plan, DateTimeOffset since)
    {
        if (await PlanAreas.Boundary(work, plan.Id) is not { } areas) return new RegionCount(0, 0, 0, 0);
        var filter = new IncidentFilter(Within: areas, From: since, ExploitationTypes: plan.ExploitationType is { } type ? [type] : null);
        var sql = new SqlConditions();
        return (await work.Single($"SELECT {RegionCount.Columns} FROM {IncidentView.Of(sql, work.Viewer, filter)}", r => RegionCount.Read(r, 0), sql))!;
    }
}
