using GraphQL;
using GraphQL.Types;
using Hotspots.Api;

namespace Hotspots.Problems;

public static class MeetingFields
{
    public static void AddTo(ObjectGraphType query) =>
        query.Field<NonNullGraphType<AgendaType>>("meetingAgenda")
            .Description("Members of the group: plans due for review, overdue actions, and plans whose areas had new incidents since the last meeting.")
            .Argument<NonNullGraphType<IdGraphType>>("groupId")
            .ResolveAsync(async c => await c.Service<AgendaBuilder>().For(c.Viewer(), c.GetArgument<long>("groupId"), c.CancellationToken));

    public static void AddChangesTo(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<MeetingType>>("recordMeeting")
            .Description("Members of the group: records a meeting's attendees, minutes and decisions.")
            .Argument<NonNullGraphType<IdGraphType>>("groupId")
            .Argument<NonNullGraphType<DateTimeOffsetGraphType>>("heldAt")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("attendees", "Who attended: usernames or names.")
            .Argument<StringGraphType>("minutes")
            .Argument<ListGraphType<NonNullGraphType<StringGraphType>>>("decisions")
            .ResolveAsync(async c => await c.Service<MeetingStore>().Record(c.Viewer(), c.GetArgument<long>("groupId"), c.GetArgument<DateTimeOffset>("heldAt"),
                c.GetArgument<List<string>>("attendees"), c.GetArgument<string?>("minutes") ?? "", c.GetArgument<List<string>?>("decisions") ?? [], c.CancellationToken));
}
