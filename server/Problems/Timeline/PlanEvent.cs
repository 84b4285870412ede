namespace Hotspots.Problems;

public enum PlanEventKind
{
    PlanCreated, PlanUpdated, AnnotationAdded, AnnotationReplied, AnnotationEdited,
    ActionAssigned, ActionUpdated, ActionCommented,
}

/// <summary>One entry of a plan's timeline: who did what, when, and which fields it touched.</summary>
public sealed record PlanEvent(long Id, DateTimeOffset At, string Username, string Agency, PlanEventKind Kind, string Subject,
    int? Version, IReadOnlyList<string> Fields, string Summary);
