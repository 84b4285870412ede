using System.Text.Json;
using Hotspots.Database;

namespace Hotspots.Problems;

/// <summary>What a change to a plan writes besides its rows, inside the caller's unit of work.</summary>
public static class PlanEvents
{
    /// <summary>Writes the plan's timeline event and the audit entry, and tells the plan's group (see <see cref="GroupChannel"/>).</summary>
    public static async Task Record(this Work work, long planId, PlanEventKind kind, string subject, int? version, IReadOnlyList<string> fields, string summary)
    {
        await work.Execute("""
            INSERT INTO plan_events (plan_id, username, agency, kind, subject, version, fields, summary)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
            """, planId, work.Viewer.Username, work.Viewer.Agency, Codes.Of(kind), subject, version, fields.ToArray(), summary);
        await work.Audit(Codes.Of(kind).Replace('_', ' '), subject, new { planId, version, fields, summary });
        var groupId = await work.Scalar<long>("SELECT group_id FROM plans WHERE id = $1", planId);
        await work.Notify(GroupChannel.Of(groupId),
            JsonSerializer.Serialize(new GroupNotice(planId, Codes.Of(kind), subject, work.Viewer.Username, DateTimeOffset.UtcNow, summary), GroupChannel.Json));
    }
}
