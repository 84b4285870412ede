namespace Hotspots.Problems;

public enum ActionStatus { Open, InProgress, Done, Blocked, Cancelled }

/// <summary>The four objectives of the Kirklees Modern Slavery Strategy that an action serves.</summary>
public enum StrategyObjective { PreventionAndEarlyResolution, PartnershipProblemSolving, EnforcementAndDiversion, Evaluation }

/// <summary>Red: off track, needs the group's help; amber: at risk; green: on track (as the partnership's action trackers mark them).</summary>
public enum Rag { Red, Amber, Green }

/// <summary>An update note on an action, with the RAG status its author gave with it, if any.</summary>
public sealed record ActionComment(string Text, string Author, string AuthorName, string Agency, DateTimeOffset CreatedAt, Rag? Rag);

/// <summary>Who does what by when, for one plan.</summary>
public sealed record PlanAction(long Id, long PlanId, string PlanTitle, string What, string OwningAgency, string Owner, DateOnly DueOn,
    ActionStatus Status, StrategyObjective Objective, DateOnly? CompletedOn, int Version, string CreatedBy, DateTimeOffset CreatedAt,
    string UpdatedBy, DateTimeOffset UpdatedAt, List<ActionComment> Comments, Rag? Rag, string OwnerName)
{
    public bool IsOpen => Status is not (ActionStatus.Done or ActionStatus.Cancelled);

    public bool OverdueOn(DateOnly today) => IsOpen && DueOn < today;
}
