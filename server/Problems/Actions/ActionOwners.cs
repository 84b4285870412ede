using Hotspots.Database;
namespace Hotspots.Problems;

/// <summary>An action goes to an agency of the group's members, and to a member who works for it.</summary>
public static class ActionOwners
{
    public static async Task Check(Work work, long groupId, string agency, string owner)
    {
        var agencies = await work.Scalar<string[]>("""
            SELECT coalesce(array_agg(DISTINCT a.agency ORDER BY a.agency), '{}') FROM group_members m JOIN accounts a ON a.username = m.username WHERE m.group_id = $1
            """, groupId) ?? [];
        if (!agencies.Contains(agency))
            throw new ProblemRefused($"{agency} is not an agency of this group's members ({string.Join(", ", agencies)}): " +
                "give the action to one of them, or ask the chair to add a member from that agency.");
        var ownerAgency = await work.Scalar<string>("""
            SELECT a.agency FROM group_members m JOIN accounts a ON a.username = m.username WHERE m.group_id = $1 AND m.username = $2
            """, groupId, owner) ?? throw new ProblemRefused($"{owner} is not a member of this group: the owner must be one of its members.");
        if (ownerAgency != agency)
            throw new ProblemRefused($"{owner} works for {ownerAgency}, not {agency}: choose an owner from {agency}.");
    }
}
