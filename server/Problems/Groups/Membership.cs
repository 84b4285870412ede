using Hotspots.Database;
using Hotspots.Access;

namespace Hotspots.Problems;

/// <summary>Only a group's members, and administrators, see or change its plans.</summary>
public static class Membership
{
    /// <summary>A SQL condition on a group id column, with the viewer's username as $n and role as $n+1.</summary>
    public static string Sees(string groupColumn, int usernameParameter) =>
        $"(${usernameParameter + 1} = 'administrator' OR EXISTS (SELECT 1 FROM group_members gm WHERE gm.group_id = {groupColumn} AND gm.username = ${usernameParameter}))";

    public static async Task<long> RequirePlan(Work work, long planId)
    {
        var groupId = await work.Scalar<long?>("SELECT group_id FROM plans WHERE id = $1", planId)
            ?? throw new ProblemRefused($"There is no plan {planId}.");
        await RequireGroup(work, groupId);
        return groupId;
    }

    public static async Task RequireGroup(Work work, long groupId)
    {
        var name = await work.Scalar<string>("SELECT name FROM problem_groups WHERE id = $1", groupId)
            ?? throw new ProblemRefused($"There is no group {groupId}.");
        if (work.Viewer.Role == Role.Administrator) return;
        if (!await work.Scalar<bool>("SELECT EXISTS (SELECT 1 FROM group_members WHERE group_id = $1 AND username = $2)", groupId, work.Viewer.Username))
            throw new ProblemRefused($"You are not a member of the group \"{name}\": only its members and administrators see and change its plans.");
    }
}
