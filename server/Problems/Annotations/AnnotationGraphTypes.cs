using GraphQL.Types;
using Hotspots.Api;

namespace Hotspots.Problems;

public sealed class AnnotationEditType : ObjectGraphType<AnnotationEdit>
{
    public AnnotationEditType()
    {
        Name = "AnnotationEdit";
        Description = "An earlier text of an annotation, kept when its author changed it.";
        Field(e => e.PreviousText).Description("The text as it was before this edit.");
        Field(e => e.ReplacedBy);
        Field(e => e.ReplacedAt);
    }
}

public sealed class AnnotationType : ObjectGraphType<Annotation>
{
    public AnnotationType()
    {
        Name = "Annotation";
        Description = "A note pinned to a point or polygon inside the plan's areas, with threaded replies and its edit history.";
        Field(a => a.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(a => a.PlanId, type: typeof(NonNullGraphType<IdGraphType>));
        Field<GeoJsonGraphType>("pin").Description("Where it is pinned, GeoJSON in WGS84; null on replies.").Resolve(c => c.Source.Pin);
        Field(a => a.Text).Description("The current text.");
        Field(a => a.Author).Description("Username of who wrote it.");
        Field(a => a.AuthorName).Description("Who wrote it, by name.");
        Field(a => a.Agency).Description("The author's agency when they wrote it.");
        Field(a => a.CreatedAt);
        Field(a => a.EditedAt, nullable: true).Description("When the text was last changed; null if never.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AnnotationType>>>>("replies").Description("Replies, oldest first.").Resolve(c => c.Source.Replies);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AnnotationEditType>>>>("history").Description("Earlier texts, oldest first.").Resolve(c => c.Source.History);
    }
}
