using Hotspots.Client.Api;

namespace Hotspots.Client.Problems;

public sealed record GroupWithMembers(string Id, string Name, string Chair, List<GroupMember> Members, List<PlanTitle> Plans);

public sealed record PlanTitle(string Id, string Title);

/// <summary>Setting up groups and changing who is in them; the server lets only the chair and administrators.</summary>
public static class GroupQueries
{
    private const string GroupFields = "id name chair members { username displayName role agency } plans { id title }";

    public static Task<List<GroupWithMembers>> GroupsWithMembers(this GraphQLClient client) =>
        client.Field<List<GroupWithMembers>>("problemSolvingGroups", $"{{ problemSolvingGroups {{ {GroupFields} }} }}");

    public static Task<GroupWithMembers> CreateGroup(this GraphQLClient client, string name, string chair, IEnumerable<string> members) =>
        client.Field<GroupWithMembers>("createGroup", $"mutation($n: String!, $c: String!, $m: [String!]!) {{ createGroup(name: $n, chair: $c, members: $m) {{ {GroupFields} }} }}",
            new { n = name, c = chair, m = members.ToArray() });

    public static Task<GroupWithMembers> AddGroupMember(this GraphQLClient client, string groupId, string username) =>
        client.Field<GroupWithMembers>("addGroupMember", $"mutation($g: ID!, $u: String!) {{ addGroupMember(groupId: $g, username: $u) {{ {GroupFields} }} }}",
            new { g = groupId, u = username });

    public static Task<GroupWithMembers> HandOverChair(this GraphQLClient client, string groupId, string username) =>
        client.Field<GroupWithMembers>("handOverChair", $"mutation($g: ID!, $u: String!) {{ handOverChair(groupId: $g, username: $u) {{ {GroupFields} }} }}",
            new { g = groupId, u = username });

    public static Task<GroupWithMembers> RemoveGroupMember(this GraphQLClient client, string groupId, string username) =>
        client.Field<GroupWithMembers>("removeGroupMember", $"mutation($g: ID!, $u: String!) {{ removeGroupMember(groupId: $g, username: $u) {{ {GroupFields} }} }}",
            new { g = groupId, u = username });
}
