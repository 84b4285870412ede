using GraphQL;
using GraphQL.Types;
using Hotspots.Access;
using Hotspots.Api;

namespace Hotspots.Incidents;

public static class IncidentFields
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<IncidentConnectionType>>("incidents")
            .Description("Incidents you may see in full that match the filter, a page at a time; others are counted on incidentMap or signposted.")
            .Argument<IncidentFilterInputType>("filter")
            .PagingArguments()
            .ResolveAsync(async c =>
            {
                var connection = await Paging.Resolve(c, page => c.Service<IncidentSearch>().Find(c.Viewer(), Filter(c), page, c.CancellationToken), i => i.Id);
                await c.Service<AuditLog>().Record(c.Viewer(), "list incidents", null,
                    new { ids = connection.Items!.Select(i => i!.Id), filter = Filter(c).Audited() }, cancel: c.CancellationToken);
                return connection;
            });
        query.Field<IncidentType>("incident")
            .Description("One incident by id, or null when there is none or you may not see it in full.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c =>
            {
                var id = c.GetArgument<long>("id");
                var incident = await c.Service<IncidentSearch>().ById(c.Viewer(), id, c.CancellationToken);
                return await c.Service<AuditLog>().ReadOne(c.Viewer(), "incident", id, incident, c.CancellationToken);
            });
        query.Field<NonNullGraphType<IncidentConnectionType>>("dueForReview")
            .Description("Your agency's records whose review date under its retention policy has come.")
            .PagingArguments()
            .ResolveAsync(async c =>
            {
                var connection = await Paging.Resolve(c, page => c.Service<IncidentSearch>().DueForReview(c.Viewer(), page, c.CancellationToken), i => i.Id);
                await c.Service<AuditLog>().Record(c.Viewer(), "list incidents due for review", null,
                    new { ids = connection.Items!.Select(i => i!.Id) }, cancel: c.CancellationToken);
                return connection;
            });
        query.Field<NonNullGraphType<MapLayerType>>("incidentMap")
            .Description("Incidents matching the filter as GeoJSON features for the map: records you may see in full as points, most recent " +
                $"first, at most limit ({IncidentMap.MaxFeatures} unless given); past pointBudget of them, as clusters instead; the rest counted per cell.")
            .Argument<IncidentFilterInputType>("filter")
            .Argument<IntGraphType>("limit", $"At most this many points; {IncidentMap.MaxFeatures} unless given.")
            .Argument<IntGraphType>("pointBudget", $"When more records than this ({IncidentMap.DefaultPointBudget} unless given, at most " +
                $"{IncidentMap.MaxPointBudget}) match, they come as clusters (kind incidentCluster) instead of points.")
            .ResolveAsync(async c =>
            {
                var limit = c.GetArgument<int?>("limit") ?? IncidentMap.MaxFeatures;
                if (limit is < 1 or > IncidentMap.MaxFeatures)
                    throw new ArgumentRefused($"limit must be between 1 and {IncidentMap.MaxFeatures} (was {limit}).");
                var budget = c.GetArgument<int?>("pointBudget") ?? IncidentMap.DefaultPointBudget;
                if (budget is < 1 or > IncidentMap.MaxPointBudget)
                    throw new ArgumentRefused($"pointBudget must be between 1 and {IncidentMap.MaxPointBudget} (was {budget}).");
                var layer = await c.Service<IncidentMap>().Draw(c.Viewer(), Filter(c), limit, budget, c.CancellationToken);
                await c.Service<AuditLog>().Record(c.Viewer(), "view incident map", null,
                    new { layer.FullRecords, layer.Shown, layer.ClusterMetres, filter = Filter(c).Audited() }, cancel: c.CancellationToken);
                return layer;
            });
    }

    public static void AddChangesTo(ObjectGraphType mutation)
    {
        mutation.Field<IncidentType>("markReviewed")
            .Description("Records that your agency reviewed its record today; its next review date follows from your agency's policy. " +
                "Answers the record, or null when you may not see it in full (data-protection officers see their agency's records generalised).")
            .Argument<NonNullGraphType<IdGraphType>>("incidentId")
            .ResolveAsync(async c =>
            {
                var viewer = c.Viewer();
                var id = c.GetArgument<long>("incidentId");
                if (viewer.Role is not (Role.Analyst or Role.DataProtectionOfficer) || !await c.Service<IncidentSearch>().MarkReviewed(viewer, id, c.CancellationToken))
                    throw new AccessRefused($"Only analysts and data-protection officers of the owning agency can review incident {id}.");
                return await c.Service<IncidentSearch>().ById(viewer, id, c.CancellationToken);
            });
        mutation.Field<NonNullGraphType<IncidentType>>("breakGlass")
            .Description($"Opens one incident outside your rights for {BreakGlass.Lasts.TotalMinutes} minutes. The reason is audited and shown to the owning agency.")
            .Argument<NonNullGraphType<IdGraphType>>("incidentId")
            .Argument<NonNullGraphType<StringGraphType>>("reason", $"Why you need it, at least {BreakGlass.ShortestReason} characters.")
            .ResolveAsync(async c =>
            {
                var id = c.GetArgument<long>("incidentId");
                if (await c.Service<BreakGlass>().Open(c.Viewer(), id, c.GetArgument<string>("reason"), c.CancellationToken) is { } refusal)
                    throw new AccessRefused(refusal);
                return await c.Service<IncidentSearch>().ById(c.Viewer(), id, c.CancellationToken);
            });
    }

    private static IncidentFilter Filter(IResolveFieldContext context) =>
        context.GetArgument<IncidentFilter?>("filter") ?? new IncidentFilter();
}
