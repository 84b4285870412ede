using Hotspots.Access;
using Hotspots.Database;

namespace Hotspots.Problems;

public sealed class GroupStore(UnitOfWork writes)
{
    public async Task<ProblemSolvingGroup> Create(Viewer viewer, string name, string chair, IReadOnlyList<string> members, CancellationToken cancel)
    {
        var created = await writes.Run(viewer, async work =>
        {
            if (viewer.Role is not (Role.GroupChair or Role.Administrator))
                throw new ProblemRefused("Only group chairs and administrators can create a problem-solving group.");
            if (string.IsNullOrWhiteSpace(name)) throw new ProblemRefused("Give the group a name: it is empty.");
            var everyone = members.Append(chair).Select(m => m.Trim()).Distinct().ToArray();
            await using (var command = work.Command("SELECT u FROM unnest($1::text[]) u WHERE u NOT IN (SELECT username FROM accounts)", (object)everyone))
            await using (var reader = await command.ExecuteReaderAsync(cancel))
            {
                var unknown = new List<string>();
                while (await reader.ReadAsync(cancel)) unknown.Add(reader.GetString(0));
                if (unknown.Count > 0) throw new ProblemRefused($"There is no account {string.Join(", ", unknown)}: members must be existing accounts.");
            }
            var id = await work.Scalar<long>("INSERT INTO problem_groups (name, chair, created_by) VALUES ($1, $2, $3) RETURNING id",
                name.Trim(), chair.Trim(), viewer.Username);
            await work.Execute("INSERT INTO group_members (group_id, username) SELECT $1, unnest($2::text[])", id, everyone);
            await work.Audit("create group", $"group:{id}", new { name, chair, members = everyone });
            return id;
        }, cancel);
        return (await ById(viewer, created, cancel))!;
    }

    public async Task<ProblemSolvingGroup?> ById(Viewer viewer, long id, CancellationToken cancel) =>
        (await Find(viewer, id, cancel)).SingleOrDefault();

    /// <summary>The groups the viewer belongs to; administrators see every group.</summary>
    public Task<IReadOnlyList<ProblemSolvingGroup>> Mine(Viewer viewer, CancellationToken cancel) => Find(viewer, null, cancel);

    private async Task<IReadOnlyList<ProblemSolvingGroup>> Find(Viewer viewer, long? id, CancellationToken cancel)
    {
        var rows = await writes.Read(viewer, work => work.List($"""
            SELECT g.id, g.name, g.chair, g.created_at, a.username, a.display_name, a.role, a.agency
            FROM problem_groups g JOIN group_members m ON m.group_id = g.id JOIN accounts a ON a.username = m.username
            WHERE ($3::bigint IS NULL OR g.id = $3) AND {Membership.Sees("g.id", 1)}
            ORDER BY g.id, a.username
            """, r => (Group: new ProblemSolvingGroup(r.GetInt64(0), r.GetString(1), r.GetString(2), new List<GroupMember>(), r.GetFieldValue<DateTimeOffset>(3)),
                Member: new GroupMember(r.GetString(4), r.GetString(5), Codes.Parse<Role>(r.GetString(6)), r.GetString(7))),
            viewer.Username, Codes.Of(viewer.Role), new Typed(id, NpgsqlTypes.NpgsqlDbType.Bigint)), cancel);
        var groups = new List<ProblemSolvingGroup>();
        foreach (var (group, member) in rows)
        {
            if (groups.LastOrDefault()?.Id != group.Id) groups.Add(group);
            ((List<GroupMember>)groups[^1].Members).Add(member);
        }
        return groups;
    }
}
