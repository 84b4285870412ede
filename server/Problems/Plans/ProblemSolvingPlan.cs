namespace Hotspots.Problems;

public enum PlanStatus { Scan, Analyse, Respond, Assess, Closed }

public enum PlanPriority { Low, Medium, High, Urgent }

public enum Classification { Official, OfficialSensitive }

/// <summary>Where on the impact scale the objective aims (after Eck and Clarke's five levels of problem-solving impact).</summary>
public enum ImpactScale { Eliminate, Reduce, ReduceHarm, HandleMoreEfficiently, HandToAnotherOrganisation }

public enum RepeatType { RepeatVictimisation, RepeatOffending, RepeatLocation, RepeatTarget, NoRepeat }

/// <summary>A problem-solving plan following OSARA (objective, scanning, analysis, response, assessment) on one or more areas.</summary>
public sealed record ProblemSolvingPlan(
    long Id, long GroupId, string Title, PlanStatus Status, PlanPriority Priority, Classification Classification,
    DateOnly? ReviewOn, string? LeadAgency, string? LeadOfficer,
    string? Objective, ImpactScale? Impact, double? TargetReductionPercent,
    string? ProblemStatement, string? Evidence, IReadOnlyList<string> DataSources,
    string? Offender, string? Victim, string? Place, string? Handler, string? Guardian, string? Manager,
    RepeatType? RepeatType, string? Hypothesis, string? Responses, DateOnly? ResponseStartedOn, string? Assessment,
    IReadOnlyList<long> AreaIds, int Version, string CreatedBy, DateTimeOffset CreatedAt, string UpdatedBy, DateTimeOffset UpdatedAt,
    Places.BusinessSector? Sector, Incidents.ExploitationType? ExploitationType, TriangleSide? TriangleSide, PlanOutcome? Outcome);
