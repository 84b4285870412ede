namespace Hotspots.Problems;

public sealed record AnnotationEdit(string PreviousText, string ReplacedBy, DateTimeOffset ReplacedAt);

/// <summary>A note pinned to a point or polygon inside a plan's areas; replies hang off it without a pin.</summary>
public sealed record Annotation(long Id, long PlanId, long? ReplyTo, string? Pin, string Text, string Author, string Agency,
    DateTimeOffset CreatedAt, DateTimeOffset? EditedAt, List<Annotation> Replies, List<AnnotationEdit> History, string AuthorName);
