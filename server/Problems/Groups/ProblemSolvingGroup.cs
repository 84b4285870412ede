using Hotspots.Access;

namespace Hotspots.Problems;

public sealed record GroupMember(string Username, string DisplayName, Role Role, string Agency);

/// <summary>A problem-solving group: its members see and work on its plans; the chair runs its meetings.</summary>
public sealed record ProblemSolvingGroup(long Id, string Name, string Chair, IReadOnlyList<GroupMember> Members, DateTimeOffset CreatedAt)
{
    public IEnumerable<string> Agencies => Members.Select(m => m.Agency).Distinct();
}
