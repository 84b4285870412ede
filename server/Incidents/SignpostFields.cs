using GraphQL;
using GraphQL.Types;
using Hotspots.Access;
using Hotspots.Api;

namespace Hotspots.Incidents;

/// <summary>Signposts of other agencies' OFFICIAL-SENSITIVE records, and asking their owners for access.</summary>
public static class SignpostFields
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<SignpostType>>>>("incidentSignposts")
            .Description("OFFICIAL-SENSITIVE records other agencies hold that you may not see, one entry per owning agency: " +
                $"counted within a period and a {string.Join(" or ", Signposts.AreaKinds)}, never placed finer.")
            .Argument<IdGraphType>("areaId", $"A {string.Join(" or ", Signposts.AreaKinds)}; the whole area when left out.")
            .Argument<DateTimeOffsetGraphType>("from", "Widened to the start of its month.")
            .Argument<DateTimeOffsetGraphType>("to", "Exclusive; widened to the end of its month.")
            .ResolveAsync(async c =>
            {
                var filter = new SignpostFilter(c.GetArgument<long?>("areaId"), c.GetArgument<DateTimeOffset?>("from"), c.GetArgument<DateTimeOffset?>("to"));
                if (await c.Service<Signposts>().AreaRefusal(filter.AreaId, c.CancellationToken) is { } refusal) throw new ArgumentRefused(refusal);
                var signposts = await c.Service<Signposts>().For(c.Viewer(), filter, c.CancellationToken);
                await c.Service<AuditLog>().Record(c.Viewer(), "view signposts", null,
                    new { filter, agencies = signposts.Select(s => s.OwningAgency) }, cancel: c.CancellationToken);
                return signposts;
            });
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<RecordAccessRequestType>>>>("recordAccessRequests")
            .Description("Requests for your agency's records (for its analysts and data-protection officer) and your own requests, newest first.")
            .Argument<BooleanGraphType>("pendingOnly", "Only those not yet decided.")
            .ResolveAsync(async c => await c.Service<RecordAccessRequests>().Seen(c.Viewer(), c.GetArgument<bool?>("pendingOnly") ?? false, c.CancellationToken));
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<BreakGlassOpeningType>>>>("breakGlassOpenings")
            .Description($"Who broke glass on your agency's records in the last {BreakGlass.OpeningsDays} days, newest first (administrators: every agency's). Analysts, data-protection officers and administrators.")
            .ResolveAsync(async c => await c.Service<BreakGlass>().Openings(c.Viewer(), c.CancellationToken));
    }

    public static void AddChangesTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<RecordAccessRequestType>>("requestRecordAccess")
            .Description("Asks the owning agency for a record signposted to you. The reason is audited and shown to the owner.")
            .Argument<NonNullGraphType<IdGraphType>>("incidentId", "An id from incidentSignposts.")
            .Argument<NonNullGraphType<StringGraphType>>("reason", $"Why you need it, at least {RecordAccessRequests.ShortestReason} characters.")
            .ResolveAsync(async c => await c.Service<RecordAccessRequests>().Ask(c.Viewer(), c.GetArgument<long>("incidentId"),
                c.GetArgument<string>("reason"), c.CancellationToken));
        mutation.Field<NonNullGraphType<RecordAccessRequestType>>("grantRecordAccess")
            .Description("Lets the asking agency's analysts see your agency's record in full, until a time or standing. Audited.")
            .Argument<NonNullGraphType<IdGraphType>>("requestId")
            .Argument<DateTimeOffsetGraphType>("until", "When the grant ends; a standing grant when left out.")
            .Argument<StringGraphType>("note", "Any condition of the grant, shown to the analyst who asked.")
            .ResolveAsync(async c => await c.Service<RecordAccessRequests>().Decide(c.Viewer(), c.GetArgument<long>("requestId"), grant: true,
                c.GetArgument<DateTimeOffset?>("until"), c.GetArgument<string?>("note"), c.CancellationToken));
        mutation.Field<NonNullGraphType<RecordAccessRequestType>>("refuseRecordAccess")
            .Description("Refuses a request for your agency's record; the reason is audited and shown to the analyst who asked.")
            .Argument<NonNullGraphType<IdGraphType>>("requestId")
            .Argument<NonNullGraphType<StringGraphType>>("reason")
            .ResolveAsync(async c => await c.Service<RecordAccessRequests>().Decide(c.Viewer(), c.GetArgument<long>("requestId"), grant: false,
                null, c.GetArgument<string>("reason"), c.CancellationToken));
    }
}
