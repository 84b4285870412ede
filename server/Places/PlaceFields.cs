using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using Hotspots.Api;

namespace Hotspots.Places;

public static class PlaceFields
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ConnectionType<PremisesType>>>("premises")
            .Description("Premises inside the window, area or shape, a page at a time.")
            .PlaceArguments().PagingArguments()
            .ResolveAsync(async c => await Paging.Resolve(c,
                page => c.Service<PlaceSearch>().FindPremises(Filter(c), page, c.CancellationToken), p => p.Id));
        query.Field<PremisesType>("premisesById")
            .Description("One premises by id, or null when there is none.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await c.Service<PlaceSearch>().PremisesById(c.GetArgument<long>("id"), c.CancellationToken));
        query.Field<NonNullGraphType<ConnectionType<RiskBusinessType>>>("riskBusinesses")
            .Description("Risk businesses inside the window, area or shape, a page at a time.")
            .PlaceArguments().PagingArguments()
            .ResolveAsync(async c => await Paging.Resolve(c,
                page => c.Service<PlaceSearch>().FindRiskBusinesses(Filter(c), page, c.CancellationToken), b => b.Id));
        query.Field<RiskBusinessType>("riskBusiness")
            .Description("One risk business by id, or null when there is none.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await c.Service<PlaceSearch>().RiskBusinessById(c.GetArgument<long>("id"), c.CancellationToken));
    }

    private static GraphQL.Builders.FieldBuilder<object?, object> PlaceArguments(this GraphQL.Builders.FieldBuilder<object?, object> field) => field
        .Argument<BoundingBoxInputType>("boundingBox", "Only those inside this map window.")
        .Argument<IdGraphType>("areaId", "Only those inside this area.")
        .Argument<GeoJsonGraphType>("within", "Only those inside this GeoJSON polygon (WGS84).");

    private static PlaceFilter Filter(IResolveFieldContext c) => new(
        c.GetArgument<Areas.BoundingBox?>("boundingBox"), c.GetArgument<long?>("areaId"),
        c.GetArgument<NetTopologySuite.Geometries.Geometry?>("within"));
}
