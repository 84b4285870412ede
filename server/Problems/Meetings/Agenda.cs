namespace Hotspots.Problems;

public sealed record PlanWithNewIncidents(ProblemSolvingPlan Plan, RegionCount NewIncidents);

/// <summary>What a group's next meeting should look at.</summary>
public sealed record Agenda(long GroupId, DateTimeOffset Since, bool SinceLastMeeting, IReadOnlyList<ProblemSolvingPlan> PlansDueForReview,
    IReadOnlyList<PlanAction> OverdueActions, IReadOnlyList<PlanWithNewIncidents> PlansWithNewIncidents);
