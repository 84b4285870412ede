using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using Hotspots.Api;

namespace Hotspots.Areas;

public static class AreaFields
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ConnectionType<AreaType>>>("areas")
            .Description("Areas of a kind, or all, meeting the map window, a page at a time.")
            .Argument<AreaKindType>("kind", "Only areas of this kind.")
            .Argument<BoundingBoxInputType>("boundingBox", "Only areas meeting this map window.")
            .PagingArguments()
            .ResolveAsync(async c => await Paging.Resolve(c,
                page => c.Service<AreaSearch>().Find(c.GetArgument<AreaKind?>("kind"), c.GetArgument<BoundingBox?>("boundingBox"), page, c.CancellationToken),
                a => a.Id));
        query.Field<AreaType>("area")
            .Description("One area by id, or null when there is none.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await c.Service<AreaSearch>().ById(c.GetArgument<long>("id"), c.CancellationToken));
    }

    public static void AddChangesTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<AreaType>>("createCustomArea")
            .Description("Saves an area you drew (kind CUSTOM), e.g. the streets a problem-solving plan works on. Self-intersecting or otherwise invalid polygons are refused.")
            .Argument<NonNullGraphType<StringGraphType>>("name")
            .Argument<NonNullGraphType<GeoJsonGraphType>>("boundary", "A GeoJSON Polygon or MultiPolygon in WGS84.")
            .ResolveAsync(async c => await c.Service<CustomAreas>().Create(c.Viewer(), c.GetArgument<string>("name"),
                c.GetArgument<NetTopologySuite.Geometries.Geometry>("boundary"), c.CancellationToken));
}
