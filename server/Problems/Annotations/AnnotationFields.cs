using GraphQL;
using GraphQL.Types;
using Hotspots.Api;
using NetTopologySuite.Geometries;

namespace Hotspots.Problems;

public static class AnnotationFields
{
    public static void AddChangesTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<AnnotationType>>("annotate")
            .Description("Members of the plan's group: pins a note to a point or polygon, which must lie inside the plan's areas.")
            .Argument<NonNullGraphType<IdGraphType>>("planId")
            .Argument<NonNullGraphType<GeoJsonGraphType>>("pin", "A GeoJSON Point or Polygon in WGS84.")
            .Argument<NonNullGraphType<StringGraphType>>("text")
            .ResolveAsync(async c => await Thread(c, await c.Service<AnnotationStore>().Pin(c.Viewer(), c.GetArgument<long>("planId"),
                c.GetArgument<Geometry>("pin"), c.GetArgument<string>("text"), c.CancellationToken)));
        mutation.Field<NonNullGraphType<AnnotationType>>("replyToAnnotation")
            .Description("Members of the plan's group: replies in an annotation's thread; answers the whole thread.")
            .Argument<NonNullGraphType<IdGraphType>>("annotationId")
            .Argument<NonNullGraphType<StringGraphType>>("text")
            .ResolveAsync(async c => await Thread(c, await c.Service<AnnotationStore>().Reply(c.Viewer(), c.GetArgument<long>("annotationId"),
                c.GetArgument<string>("text"), c.CancellationToken)));
        mutation.Field<NonNullGraphType<AnnotationType>>("editAnnotation")
            .Description("The author only: changes an annotation's text; the previous text is kept in its history. Answers the whole thread.")
            .Argument<NonNullGraphType<IdGraphType>>("annotationId")
            .Argument<NonNullGraphType<StringGraphType>>("text")
            .ResolveAsync(async c => await Thread(c, await c.Service<AnnotationStore>().Edit(c.Viewer(), c.GetArgument<long>("annotationId"),
                c.GetArgument<string>("text"), c.CancellationToken)));
    }

    private static async Task<Annotation> Thread(IResolveFieldContext c, long rootId) =>
        (await c.Service<AnnotationStore>().ById(rootId, c.CancellationToken))!;
}
