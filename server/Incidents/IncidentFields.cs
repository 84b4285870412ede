using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using Hotspots.Api;

namespace Hotspots.Incidents;

public static class IncidentFields
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ConnectionType<IncidentType>>>("incidents")
            .Description("Incidents you may see in full that match the filter, a page at a time; others are counted on incidentMap or signposted.")
            .Argument<IncidentFilterInputType>("filter")
            .PagingArguments()
            .ResolveAsync(async c => await Paging.Resolve(c,
                page => c.Service<IncidentSearch>().Find(c.Viewer(), Filter(c), page, c.CancellationToken), i => i.Id));
        query.Field<IncidentType>("incident")
            .Description("One incident by id, or null when there is none or you may not see it in full.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await c.Service<IncidentSearch>().ById(c.Viewer(), c.GetArgument<long>("id"), c.CancellationToken));
        query.Field<NonNullGraphType<MapLayerType>>("incidentMap")
            .Description($"Incidents matching the filter as GeoJSON features for the map, most recent first, at most {IncidentMap.MaxFeatures}.")
            .Argument<IncidentFilterInputType>("filter")
            .Argument<IntGraphType>("limit", $"At most this many features; {IncidentMap.MaxFeatures} unless given.")
            .ResolveAsync(async c =>
            {
                var limit = c.GetArgument<int?>("limit") ?? IncidentMap.MaxFeatures;
                if (limit is < 1 or > IncidentMap.MaxFeatures)
                    throw new ExecutionError($"limit must be between 1 and {IncidentMap.MaxFeatures} (was {limit}).");
                return await c.Service<IncidentMap>().Draw(c.Viewer(), Filter(c), limit, c.CancellationToken);
            });
    }

    private static IncidentFilter Filter(IResolveFieldContext context) =>
        context.GetArgument<IncidentFilter?>("filter") ?? new IncidentFilter();
}
