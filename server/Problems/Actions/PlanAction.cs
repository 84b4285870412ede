namespace Hotspots.Problems;

public enum ActionStatus { Open, InProgress, Done, Blocked, Cancelled }

/// <summary>The four objectives of the Kirklees Modern Slavery Strategy that an action serves.</summary>
public enum StrategyObjective { PreventionAndEarlyResolution, PartnershipProblemSolving, EnforcementAndDiversion, Evaluation }

public sealed record ActionComment(string Text, string Author, string Agency, DateTimeOffset CreatedAt);

/// <summary>Who does what by when, for one plan.</summary>
public sealed record PlanAction(long Id, long PlanId, string PlanTitle, string What, string OwningAgency, string Owner, DateOnly DueOn,
    ActionStatus Status, StrategyObjective Objective, DateOnly? CompletedOn, int Version, string CreatedBy, DateTimeOffset CreatedAt,
    string UpdatedBy, DateTimeOffset UpdatedAt, List<ActionComment> Comments)
{
    public bool IsOpen => Status is not (ActionStatus.Done or ActionStatus.Cancelled);

    public bool OverdueOn(DateOnly today) => IsOpen && DueOn < today;
}
