using Hotspots.Access;

namespace Hotspots.Problems;

public sealed record PackedPlan(ProblemSolvingPlan Plan, IReadOnlyList<PlanAction> Actions, IReadOnlyList<Annotation> Annotations);

/// <summary>What a meeting pack holds: the group's open plans with their actions and annotations, the map, and the meetings on record.</summary>
public sealed record MeetingPack(ProblemSolvingGroup Group, IReadOnlyList<PackedPlan> Plans, string MapSvg, IReadOnlyList<Meeting> Meetings,
    DateOnly Today, string PreparedFor)
{
    /// <summary>The highest marking of any plan in it: the pack is handled as its most sensitive part.</summary>
    public string Marking => Plans.Any(p => p.Plan.Classification == Classification.OfficialSensitive) ? "OFFICIAL-SENSITIVE" : "OFFICIAL";
}

public sealed class MeetingPacks(Database.UnitOfWork units, GroupStore groups, PlanStore plans, ActionStore actions, AnnotationStore annotations,
    MeetingStore meetings)
{
    /// <summary>The pack as the viewer may see it, or null when they are not a member of the group.</summary>
    public async Task<MeetingPack?> For(Viewer viewer, long groupId, CancellationToken cancel)
    {
        if (await groups.ById(viewer, groupId, cancel) is not { } group) return null;
        var packed = new List<PackedPlan>();
        foreach (var plan in (await plans.ForGroup(viewer, groupId, cancel)).Where(p => p.Status != PlanStatus.Closed))
            packed.Add(new PackedPlan(plan, await actions.ForPlan(plan.Id, cancel), await annotations.ForPlan(plan.Id, cancel)));
        var pinned = packed.SelectMany(p => p.Annotations).Select(a => a.Id).ToList();
        var map = await units.Read(viewer, work => PackMap.Svg(work, [.. packed.Select(p => p.Plan.Id)], pinned), cancel);
        return new MeetingPack(group, packed, map, await meetings.ForGroup(viewer, groupId, cancel), actions.Today, viewer.Username);
    }
}
