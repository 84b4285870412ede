using GraphQL;
using GraphQL.Types;
using GraphQL.Types.Relay;
using Hotspots.Api;

namespace Hotspots.Access;

public sealed class AuditEntryType : ObjectGraphType<AuditEntry>
{
    public AuditEntryType()
    {
        Name = "AuditEntry";
        Description = "One thing someone did: a sign-in, a read, a list, a change, an export, a break-glass.";
        Field(e => e.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(e => e.At);
        Field(e => e.Username, nullable: true);
        Field(e => e.Agency, nullable: true);
        Field(e => e.Action);
        Field(e => e.Subject, nullable: true).Description("What it was done to, e.g. incident:42.");
        Field(e => e.Detail, nullable: true).Description("More about it, as JSON text.");
        Field(e => e.Reason, nullable: true).Description("The reason given, for break-glass.");
        Field(e => e.Origin, nullable: true).Description("The address the request came from.");
    }
}

public static class AuditFields
{
    public static void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ConnectionType<AuditEntryType>>>("auditLog")
            .Description("The audit trail, newest first. Administrators see all; data-protection officers their agency's; analysts break-glass on their agency's records.")
            .Argument<StringGraphType>("action", "Entries whose action starts with this, e.g. sign-in or break-glass.")
            .Argument<StringGraphType>("username")
            .Argument<StringGraphType>("agency", "Entries by people of this agency, e.g. housing.")
            .Argument<StringGraphType>("subject", "e.g. incident:42")
            .Argument<DateTimeOffsetGraphType>("from")
            .Argument<DateTimeOffsetGraphType>("to")
            .PagingArguments()
            .ResolveAsync(async c =>
            {
                var viewer = c.Viewer();
                if (AuditSearch.Refusal(viewer) is { } refusal) throw new AccessRefused(refusal);
                await c.Service<AuditLog>().Record(viewer, "search audit log", cancel: c.CancellationToken);
                var filter = new AuditFilter(c.GetArgument<string?>("action"), c.GetArgument<string?>("username"), c.GetArgument<string?>("agency"),
                    c.GetArgument<string?>("subject"), c.GetArgument<DateTimeOffset?>("from"), c.GetArgument<DateTimeOffset?>("to"));
                return await Paging.Resolve(c, page => c.Service<AuditSearch>().Find(viewer, filter, page, c.CancellationToken), e => e.Id);
            });
}
