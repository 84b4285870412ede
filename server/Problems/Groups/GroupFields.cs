using GraphQL;
using GraphQL.Types;
using Hotspots.Api;

namespace Hotspots.Problems;

public static class GroupFields
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProblemSolvingGroupType>>>>("problemSolvingGroups")
            .Description("The problem-solving groups you are a member of (administrators: every group).")
            .ResolveAsync(async c => await c.Service<GroupStore>().Mine(c.Viewer(), c.CancellationToken));
        query.Field<ProblemSolvingGroupType>("problemSolvingGroup")
            .Description("One group by id, or null when there is none or you are not a member.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await c.Service<GroupStore>().ById(c.Viewer(), c.GetArgument<long>("id"), c.CancellationToken));
    }

    public static void AddChangesTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<ProblemSolvingGroupType>>("createGroup")
            .Description("Group chairs and administrators: sets up a problem-solving group. The chair is made a member if not listed.")
            .Argument<NonNullGraphType<StringGraphType>>("name", "What the group is called, e.g. Dewsbury car washes.")
            .Argument<NonNullGraphType<StringGraphType>>("chair", "The username of the chair.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("members", "The usernames of the members; each brings their agency.")
            .ResolveAsync(async c => await c.Service<GroupStore>().Create(c.Viewer(), c.GetArgument<string>("name"), c.GetArgument<string>("chair"),
                c.GetArgument<List<string>>("members"), c.CancellationToken));
        mutation.Field<NonNullGraphType<ProblemSolvingGroupType>>("addGroupMember")
            .Description("The group's chair and administrators: adds an account of any agency; they see the group's plans from then on.")
            .Argument<NonNullGraphType<IdGraphType>>("groupId")
            .Argument<NonNullGraphType<StringGraphType>>("username")
            .ResolveAsync(async c => await c.Service<GroupMembers>().Add(c.Viewer(), c.GetArgument<long>("groupId"), c.GetArgument<string>("username"), c.CancellationToken));
        mutation.Field<NonNullGraphType<ProblemSolvingGroupType>>("removeGroupMember")
            .Description("The group's chair and administrators: removes a member (not the chair); their open meeting screen ends.")
            .Argument<NonNullGraphType<IdGraphType>>("groupId")
            .Argument<NonNullGraphType<StringGraphType>>("username")
            .ResolveAsync(async c => await c.Service<GroupMembers>().Remove(c.Viewer(), c.GetArgument<long>("groupId"), c.GetArgument<string>("username"), c.CancellationToken));
        mutation.Field<NonNullGraphType<ProblemSolvingGroupType>>("handOverChair")
            .Description("The group's chair and administrators: makes another member the chair; the old chair stays a member. Open meeting screens are told.")
            .Argument<NonNullGraphType<IdGraphType>>("groupId")
            .Argument<NonNullGraphType<StringGraphType>>("username", "The member who will chair the group.")
            .ResolveAsync(async c => await c.Service<GroupMembers>().HandOverChair(c.Viewer(), c.GetArgument<long>("groupId"), c.GetArgument<string>("username"), c.CancellationToken));
    }
}
