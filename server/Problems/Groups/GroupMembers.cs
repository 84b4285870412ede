using System.Text.Json;
using Hotspots.Access;
using Hotspots.Database;

namespace Hotspots.Problems;

/// <summary>
/// Membership after a group is set up: its chair or an administrator adds and removes members. A change is announced
/// on the group's channel, so a meeting screen open for someone removed ends for them (see <see cref="MeetingStream"/>).
/// </summary>
public sealed class GroupMembers(UnitOfWork writes, GroupStore groups)
{
    public async Task<ProblemSolvingGroup> Add(Viewer viewer, long groupId, string username, CancellationToken cancel)
    {
        await writes.Run(viewer, async work =>
        {
            await RequireChair(work, groupId);
            var person = await work.Single("SELECT display_name, active FROM accounts WHERE username = $1", r => (Name: r.GetString(0), Active: r.GetBoolean(1)), username);
            if (person.Name is null) throw new ProblemRefused($"There is no account {username}: members must be existing accounts.");
            if (!person.Active) throw new ProblemRefused($"{person.Name}'s account is deactivated: an administrator can reactivate it.");
            if (await work.Execute("INSERT INTO group_members (group_id, username) VALUES ($1, $2) ON CONFLICT DO NOTHING", groupId, username) == 0)
                throw new ProblemRefused($"{person.Name} is already a member.");
            await Announce(work, groupId, "member_added", username, $"{person.Name} joined the group");
        }, cancel);
        return (await groups.ById(viewer, groupId, cancel))!;
    }

    public async Task<ProblemSolvingGroup> Remove(Viewer viewer, long groupId, string username, CancellationToken cancel)
    {
        await writes.Run(viewer, async work =>
        {
            var chair = await RequireChair(work, groupId);
            if (username == chair) throw new ProblemRefused("The chair cannot be removed from their own group.");
            var name = await work.Scalar<string>("SELECT display_name FROM accounts WHERE username = $1", username) ?? username;
            if (await work.Execute("DELETE FROM group_members WHERE group_id = $1 AND username = $2", groupId, username) == 0)
                throw new ProblemRefused($"{name} is not a member of this group.");
            await Announce(work, groupId, "member_removed", username, $"{name} left the group");
        }, cancel);
        return (await groups.ById(viewer, groupId, cancel))!;
    }

    /// <summary>
    /// The chair passes the group to another of its members (administrators may too): the old chair stays a member, and
    /// open meeting screens hear of it, so the new chair's controls appear without a reload.
    /// </summary>
    public async Task<ProblemSolvingGroup> HandOverChair(Viewer viewer, long groupId, string username, CancellationToken cancel)
    {
        await writes.Run(viewer, async work =>
        {
            var chair = await RequireChair(work, groupId);
            var person = await work.Single("""
                SELECT a.display_name, a.active FROM group_members m JOIN accounts a ON a.username = m.username WHERE m.group_id = $1 AND m.username = $2
                """, r => (Name: r.GetString(0), Active: r.GetBoolean(1)), groupId, username);
            if (person.Name is null) throw new ProblemRefused($"{username} is not a member of this group: add them first, then hand over the chair.");
            if (!person.Active) throw new ProblemRefused($"{person.Name}'s account is deactivated: choose an active member.");
            if (username == chair) throw new ProblemRefused($"{person.Name} already chairs this group.");
            await work.Execute("UPDATE problem_groups SET chair = $2 WHERE id = $1", groupId, username);
            await Announce(work, groupId, "chair_handed_over", username, $"{person.Name} now chairs the group");
        }, cancel);
        return (await groups.ById(viewer, groupId, cancel))!;
    }

    /// <summary>The group's chair, when the viewer is it or an administrator.</summary>
    private static async Task<string> RequireChair(Work work, long groupId)
    {
        var chair = await work.Scalar<string>("SELECT chair FROM problem_groups WHERE id = $1", groupId)
            ?? throw new ProblemRefused($"There is no group {groupId}.");
        if (work.Viewer.Role != Role.Administrator && work.Viewer.Username != chair)
            throw new ProblemRefused("Only the group's chair and administrators can change its members or its chair.");
        return chair;
    }

    private static async Task Announce(Work work, long groupId, string kind, string username, string summary)
    {
        await work.Audit(kind == "chair_handed_over" ? "hand over group chair" : kind.Replace('_', ' ').Replace("member", "group member"), $"group:{groupId}", new { username });
        await work.Notify(GroupChannel.Of(groupId), JsonSerializer.Serialize(
            new LiveChange(null, null, kind, $"account:{username}", work.Viewer.Username, DateTimeOffset.UtcNow, summary), GroupChannel.Json));
    }
}
