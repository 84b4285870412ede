using Hotspots.Access;
using Hotspots.Database;
using Npgsql;

namespace Hotspots.Incidents;

/// <summary>Full access to one record outside one's rights for an hour, with a written reason the owning agency can read.</summary>
public sealed class BreakGlass(UnitOfWork units)
{
    public static readonly TimeSpan Lasts = TimeSpan.FromHours(1);
    public const int ShortestReason = 20;

    public async Task<string?> Open(Viewer viewer, long incidentId, string reason, CancellationToken cancel)
    {
        // incident_access keeps enforcement officers to the records linked to their operations, opened or not.
        if (viewer.Role == Role.EnforcementOfficer)
            return "Enforcement officers see the incidents linked to the operations they are on: ask the operation's planner to link this one.";
        if (reason.Trim().Length < ShortestReason)
            return $"Give a reason of at least {ShortestReason} characters: it is shown to the agency that owns the record.";
        return await units.Run(viewer, async work =>
        {
            if (await work.Scalar<string>("""
                INSERT INTO break_glass (incident_id, username, agency, reason, expires_at)
                SELECT id, $2, $3, $4, now() + $5 FROM incidents WHERE id = $1
                RETURNING (SELECT source_agency FROM incidents WHERE id = $1)
                """, incidentId, viewer.Username, viewer.Agency, reason.Trim(), Lasts) is not { } owner)
                return $"There is no incident {incidentId}.";
            await work.Audit("break-glass", $"incident:{incidentId}", new { owner, expiresInMinutes = Lasts.TotalMinutes }, reason.Trim());
            return null;
        }, cancel);
    }
}
