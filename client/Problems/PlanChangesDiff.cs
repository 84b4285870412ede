using Hotspots.Client.Api;

namespace Hotspots.Client.Problems;

/// <summary>Only the fields the user changed go to updatePlan, so the timeline and a conflict name what really changed.</summary>
public static class PlanChangesDiff
{
    public static PlanChanges Between(PlanChanges read, PlanChanges edited) => new()
    {
        Status = Changed(read.Status, edited.Status),
        Priority = Changed(read.Priority, edited.Priority),
        ReviewOn = edited.ReviewOn == read.ReviewOn ? null : edited.ReviewOn,
        Objective = Changed(read.Objective, edited.Objective),
        ProblemStatement = Changed(read.ProblemStatement, edited.ProblemStatement),
        Evidence = Changed(read.Evidence, edited.Evidence),
        Offender = Changed(read.Offender, edited.Offender),
        Victim = Changed(read.Victim, edited.Victim),
        Place = Changed(read.Place, edited.Place),
        Hypothesis = Changed(read.Hypothesis, edited.Hypothesis),
        Responses = Changed(read.Responses, edited.Responses),
        ResponseStartedOn = edited.ResponseStartedOn == read.ResponseStartedOn ? null : edited.ResponseStartedOn,
        Assessment = Changed(read.Assessment, edited.Assessment),
        Sector = ChangedCode(read.Sector, edited.Sector),
        ExploitationType = ChangedCode(read.ExploitationType, edited.ExploitationType),
        TriangleSide = ChangedCode(read.TriangleSide, edited.TriangleSide),
        Outcome = ChangedCode(read.Outcome, edited.Outcome),
    };

    private static string? Changed(string? before, string? after) => (before ?? "") == (after ?? "") ? null : after ?? "";

    // A code cannot be sent empty: choosing "Not said" again leaves the stored one as it is.
    private static string? ChangedCode(string? before, string? after) => string.IsNullOrEmpty(after) || after == before ? null : after;
}
