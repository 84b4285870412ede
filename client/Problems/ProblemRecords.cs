namespace Hotspots.Client.Problems;

public sealed record GroupMember(string Username, string DisplayName, string Role, string Agency);

public sealed record ProblemSolvingGroup(string Id, string Name, string Chair, List<string> Agencies, List<PlanSummary> Plans);

public sealed record GroupMembers(List<string> Agencies, List<GroupMember> Members);

public sealed record OverdueFlag(bool Overdue);

public sealed record PlanSummary(string Id, string Title, string Status, string Priority, DateOnly? ReviewOn, List<OverdueFlag> Actions)
{
    public int OverdueActions => Actions.Count(a => a.Overdue);
}

public sealed record ProblemSolvingPlan(
    string Id, string GroupId, string Title, string Status, string Priority, DateOnly? ReviewOn, string? LeadAgency, string? LeadOfficer,
    PlanObjective Objective, PlanScanning Scanning, PlanAnalysis Analysis, PlanResponse Response, string? Assessment,
    int Version, string UpdatedBy, DateTimeOffset UpdatedAt, List<Annotation> Annotations, List<PlanAction> Actions, List<Area> Areas, string Classification,
    PlanCaseStudy CaseStudy);

/// <summary>How a closed plan is found among the case studies.</summary>
public sealed record PlanCaseStudy(string? Sector, string? ExploitationType, string? TriangleSide, string? Outcome);

public sealed record PlanObjective(string? Statement, string? Impact, double? TargetReductionPercent);

public sealed record PlanScanning(string? ProblemStatement, string? Evidence);

public sealed record PlanAnalysis(string? Offender, string? Victim, string? Place, string? Handler, string? Guardian, string? Manager, string? Hypothesis);

public sealed record PlanResponse(string? Responses, DateOnly? ResponseStartedOn);

public sealed record Annotation(string Id, string Text, string Author, string Agency, DateTimeOffset CreatedAt, DateTimeOffset? EditedAt,
    List<AnnotationEdit>? History, List<Annotation>? Replies, System.Text.Json.JsonElement? Pin = null, string? AuthorName = null);

/// <summary>An earlier text of an annotation, kept when its author changed it.</summary>
public sealed record AnnotationEdit(string PreviousText, string ReplacedBy, DateTimeOffset ReplacedAt);

public sealed record PlanAction(
    string Id, string PlanId, string PlanTitle, string What, string OwningAgency, string Owner, DateOnly DueOn,
    string Status, string Objective, bool Overdue, int Version, string? OwnerName = null, string? Rag = null, ActionNote? LatestNote = null);

/// <summary>An update note on an action, with the red/amber/green status given with it.</summary>
public sealed record ActionNote(string Text, string AuthorName, DateTimeOffset CreatedAt, string? Rag);

public sealed record SuppressedCount(long? Value, string Display);

public sealed record AssessedRegion(string Name, SuppressedCount Before, SuppressedCount After);

public sealed record EvaluationMeasure(string Name, double? Value, string? Problem);

public sealed record DisplacementAssessment(
    AssessedRegion Target, AssessedRegion Buffer, AssessedRegion Control, bool Suppressed, double? GrossChangePercent,
    EvaluationMeasure Wdq, EvaluationMeasure Tne, List<string> Interpretation);

/// <summary>The fields of a plan a member may change; null leaves a field as it is.</summary>
public sealed record PlanChanges
{
    public string? Title { get; set; }
    public string? Status { get; set; }
    public string? Priority { get; set; }
    public DateOnly? ReviewOn { get; set; }
    public string? Objective { get; set; }
    public string? ProblemStatement { get; set; }
    public string? Evidence { get; set; }
    public string? Offender { get; set; }
    public string? Victim { get; set; }
    public string? Place { get; set; }
    public string? Hypothesis { get; set; }
    public string? Responses { get; set; }
    public DateOnly? ResponseStartedOn { get; set; }
    public string? Assessment { get; set; }
    public string? Sector { get; set; }
    public string? ExploitationType { get; set; }
    public string? TriangleSide { get; set; }
    public string? Outcome { get; set; }
}

public sealed record NewAction(string What, string OwningAgency, string Owner, DateOnly DueOn, string Objective);
