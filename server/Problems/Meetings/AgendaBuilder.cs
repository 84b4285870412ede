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
            if (await NewIncidents(viewer, plan, since, cancel) is { Empty: false } count) withNew.Add(new PlanWithNewIncidents(plan, count));
        return new Agenda(groupId, since, last is not null, [.. open.Where(p => p.ReviewOn <= actions.Today)],
            await actions.OverdueForGroup(groupId, cancel), withNew);
    }

    /// <summary>
    /// Incidents in the plan's areas (of its exploitation type, when it has one) that occurred since
    /// <paramref name="since"/>, from the viewer's view: when they were recorded is not in it, and counted cells answer
    /// by whole months, so a cell counts from the start of the month of the last meeting.
    /// </summary>
    private async Task<RegionCount> NewIncidents(Viewer viewer, ProblemSolvingPlan plan, DateTimeOffset since, CancellationToken cancel)
    {
        if (await PlanAreas.Boundary(dataSource, plan.Id, cancel) is not { } areas) return new RegionCount(0, 0, 0, 0);
        var filter = new IncidentFilter(Within: areas, From: since, ExploitationTypes: plan.ExploitationType is { } type ? [type] : null);
        var sql = new SqlConditions();
        await using var command = sql.Command(dataSource, $"SELECT {RegionCount.Columns} FROM {IncidentView.Of(sql, viewer, filter)}");
        await using var r = await command.ExecuteReaderAsync(cancel);
        await r.ReadAsync(cancel);
        return RegionCount.Read(r, 0);
    }
}
