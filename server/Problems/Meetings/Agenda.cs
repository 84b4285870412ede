namespace Hotspots.Problems;

/// <summary>
/// An open plan's incidents since the last meeting, beside its baseline: as many days again, ending when the plan began or
/// at the last meeting, whichever came first, so "4 new" reads against what was usual before the work.
/// </summary>
public sealed record PlanWithNewIncidents(ProblemSolvingPlan Plan, RegionCount NewIncidents, RegionCount Baseline, DateTimeOffset BaselineFrom, DateTimeOffset BaselineTo);

/// <summary>What a group's next meeting should look at.</summary>
public sealed record Agenda(long GroupId, DateTimeOffset Since, bool SinceLastMeeting, IReadOnlyList<ProblemSolvingPlan> PlansDueForReview,
    IReadOnlyList<PlanAction> OverdueActions, IReadOnlyList<PlanWithNewIncidents> PlansWithNewIncidents);
