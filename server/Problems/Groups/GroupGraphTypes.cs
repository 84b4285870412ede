using GraphQL.Types;
using Hotspots.Access;
using Hotspots.Api;

namespace Hotspots.Problems;

public sealed class GroupMemberType : ObjectGraphType<GroupMember>
{
    public GroupMemberType()
    {
        Name = "GroupMember";
        Description = "A member of a problem-solving group.";
        Field(m => m.Username).Description("Their account name, e.g. partner.housing.");
        Field(m => m.DisplayName).Description("Their name as the partnership knows them.");
        Field(m => m.Role, type: typeof(NonNullGraphType<EnumerationGraphType<Role>>));
        Field(m => m.Agency).Description("The agency they work for, e.g. housing: actions can be given to the agencies of members only.");
    }
}

public sealed class ProblemSolvingGroupType : ObjectGraphType<ProblemSolvingGroup>
{
    public ProblemSolvingGroupType()
    {
        Name = "ProblemSolvingGroup";
        Description = "A problem-solving group of named partners. Only its members (and administrators) see its plans.";
        Field(g => g.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(g => g.Name);
        Field(g => g.Chair).Description("The username of the member who chairs its meetings.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GroupMemberType>>>>("members").Resolve(c => c.Source.Members);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("agencies")
            .Description("The agencies of its members: the agencies its actions may be given to.").Resolve(c => c.Source.Agencies);
        Field(g => g.CreatedAt);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProblemSolvingPlanType>>>>("plans")
            .Description("Its plans, oldest first.")
            .ResolveAsync(async c => await c.Service<PlanStore>().ForGroup(c.Viewer(), c.Source.Id, c.CancellationToken));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MeetingType>>>>("meetings")
            .Description("The meetings it has recorded, latest first.")
            .ResolveAsync(async c => await c.Service<MeetingStore>().ForGroup(c.Viewer(), c.Source.Id, c.CancellationToken));
    }
}
