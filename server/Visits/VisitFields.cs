using GraphQL;
using GraphQL.Types;
using Hotspots.Access;
using Hotspots.Api;

namespace Hotspots.Visits;

public static class VisitFields
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<TargetRankingType>>("visitTargets")
            .Description("Premises and risk businesses inside an area, ranked by a risk score explained term by term. Incidents count only as far as you may see them.")
            .Argument<NonNullGraphType<TargetAreaInputType>>("area")
            .Argument<FloatGraphType>("distanceMetres", "Count incidents this close to a target.", a => a.DefaultValue = 250d)
            .Argument<IntGraphType>("periodDays", "Count incidents from this many days back.", a => a.DefaultValue = 730)
            .Argument<IntGraphType>("first", "How many of the ranked targets to return.", a => a.DefaultValue = 100)
            .ResolveAsync(c => AsViewer(c, v =>
            {
                VisitRoles.RequirePlanner(v);
                return c.Service<TargetRanker>().Rank(v, c.GetArgument<TargetArea>("area"), c.GetArgument<double>("distanceMetres"),
                    c.GetArgument<int>("periodDays"), Math.Clamp(c.GetArgument<int>("first"), 0, 10_000), c.CancellationToken);
            }));
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<TeamChoiceType>>>>("visitTeamChoices")
            .Description("Planners: the people an operation's team is picked from (active enforcement officers, analysts, partners and group chairs), " +
                "by agency then name, each with the powers of entry their agency brings.")
            .ResolveAsync(c => AsViewer(c, async v => await c.Service<TeamChoices>().All(v, c.CancellationToken)));
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RiskWeightType>>>>("riskWeights")
            .Description("The risk score's weights.")
            .ResolveAsync(async c => { c.Viewer(); return (await c.Service<RiskWeightStore>().All(c.CancellationToken)).All; });
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<VisitType>>>>("visits")
            .Description("Operations you planned, are on the team of, or that your agency leads (for planners), latest first.")
            .ResolveAsync(async c =>
            {
                var viewer = c.Viewer();
                var reader = c.Service<VisitReader>();
                var list = new List<Visit>();
                foreach (var id in await reader.Ids(viewer, c.CancellationToken))
                    if (await reader.ById(viewer, id, c.CancellationToken) is { } visit) list.Add(visit);
                await c.Service<AuditLog>().Record(viewer, "list visits", null, new { ids = list.Select(v => v.Id) }, cancel: c.CancellationToken);
                return list;
            });
        query.Field<VisitType>("visit")
            .Description("One operation, or null when there is none you may see.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c =>
            {
                var id = c.GetArgument<long>("id");
                var visit = await c.Service<VisitReader>().ById(c.Viewer(), id, c.CancellationToken);
                return await c.Service<AuditLog>().ReadOne(c.Viewer(), "visit", id, visit, c.CancellationToken);
            });
        query.Field<NonNullGraphType<GeoJsonGraphType>>("visitedTargetsMap")
            .Description("GeoJSON FeatureCollection of the targets visited by operations you may see (as visits), each with the latest of those " +
                "outcomes summarised: visitedOn, concernsFound, referralsMade.")
            .Argument<IdGraphType>("areaId", "Only those inside this area.")
            .Argument<DateOnlyGraphType>("from", "Visits on or after this day.")
            .Argument<DateOnlyGraphType>("to", "Visits on or before this day.")
            .ResolveAsync(c => AsViewer(c, async v =>
            {
                long? areaId = c.GetArgument<long?>("areaId");
                DateOnly? from = c.GetArgument<DateOnly?>("from"), to = c.GetArgument<DateOnly?>("to");
                var map = await c.Service<VisitedMap>().Features(v, areaId, from, to, c.CancellationToken);
                await c.Service<AuditLog>().Record(v, "view visited targets map", null, new { areaId, from, to, visits = map.VisitIds }, cancel: c.CancellationToken);
                return map.GeoJson;
            }));
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<NrmReferralType>>>>("nrmReferrals")
            .Description("Planners: NRM referrals made on operations you may see, with the stage each has reached; undecided first.")
            .ResolveAsync(c => AsViewer(c, async v =>
            {
                var referrals = await c.Service<NrmReferrals>().Visible(v, c.CancellationToken);
                await c.Service<AuditLog>().Record(v, "read nrm referrals", "nrm-referrals", new { count = referrals.Count }, cancel: c.CancellationToken);
                return referrals;
            }));
    }

    public static void AddChangesTo(ObjectGraphType mutation) => VisitChanges.AddTo(mutation);

    /// <summary>Runs a resolver as the signed-in viewer; a <see cref="VisitRefused"/> reaches the user as it is.</summary>
    public static async Task<object?> AsViewer<T>(IResolveFieldContext c, Func<Viewer, Task<T>> resolve) => await resolve(c.Viewer());
}
