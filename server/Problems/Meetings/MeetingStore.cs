using Hotspots.Access;
using Hotspots.Database;

namespace Hotspots.Problems;

public sealed class MeetingStore(UnitOfWork writes)
{
    public async Task<Meeting> Record(Viewer viewer, long groupId, DateTimeOffset heldAt, IReadOnlyList<string> attendees, string minutes,
        IReadOnlyList<string> decisions, CancellationToken cancel)
    {
        var id = await writes.Run(viewer, async work =>
        {
            await Membership.RequireGroup(work, groupId);
            if (attendees.Count == 0) throw new ProblemRefused("Tick who attended: attendees is empty.");
            if (heldAt > DateTimeOffset.UtcNow.AddDays(1)) throw new ProblemRefused($"The meeting is dated {heldAt:d MMM yyyy}, in the future: record a meeting once it has been held.");
            var strangers = await work.Scalar<string[]>("""
                SELECT coalesce(array_agg(u ORDER BY u), '{}') FROM unnest($1::text[]) u
                WHERE NOT EXISTS (SELECT 1 FROM group_members WHERE group_id = $2 AND username = u)
                """, attendees.ToArray(), groupId) ?? [];
            if (strangers.Length > 0)
                throw new ProblemRefused($"Attendees must be members of the group; not members: {string.Join(", ", strangers)}. The chair can add them first.");
            var id = await work.Scalar<long>("""
                INSERT INTO meetings (group_id, held_at, attendees, minutes, decisions, recorded_by) VALUES ($1, $2, $3, $4, $5, $6) RETURNING id
                """, groupId, heldAt, attendees.ToArray(), minutes.Trim(), decisions.Where(d => !string.IsNullOrWhiteSpace(d)).ToArray(), viewer.Username);
            await work.Audit("record meeting", $"meeting:{id}", new { groupId, heldAt, attendees });
            await work.Execute("SELECT pg_notify($1, $2)", GroupChannel.Of(groupId),
                System.Text.Json.JsonSerializer.Serialize(new { meetingId = id, kind = "meeting_recorded", by = viewer.Username }));
            return id;
        }, cancel);
        return (await Find(viewer, "id = $3", id, cancel)).Single();
    }

    /// <summary>The group's meetings, latest first; empty for non-members.</summary>
    public Task<IReadOnlyList<Meeting>> ForGroup(Viewer viewer, long groupId, CancellationToken cancel) => Find(viewer, "group_id = $3", groupId, cancel);

    private async Task<IReadOnlyList<Meeting>> Find(Viewer viewer, string condition, long value, CancellationToken cancel) =>
        await writes.Read(viewer, work => work.List($"""
            SELECT id, group_id, held_at, attendees, minutes, decisions, recorded_by, recorded_at,
                array(SELECT coalesce(a.display_name, u.name) FROM unnest(attendees) WITH ORDINALITY u (name, n)
                    LEFT JOIN accounts a ON a.username = u.name ORDER BY u.n),
                coalesce((SELECT display_name FROM accounts WHERE username = recorded_by), recorded_by)
            FROM meetings
            WHERE {condition} AND {Membership.Sees("meetings.group_id", 1)} ORDER BY held_at DESC, id DESC
            """, r => new Meeting(r.GetInt64(0), r.GetInt64(1), r.GetFieldValue<DateTimeOffset>(2), r.GetFieldValue<string[]>(3),
                r.GetString(4), r.GetFieldValue<string[]>(5), r.GetString(6), r.GetFieldValue<DateTimeOffset>(7), r.GetFieldValue<string[]>(8), r.GetString(9)),
            viewer.Username, Codes.Of(viewer.Role), value), cancel);
}
