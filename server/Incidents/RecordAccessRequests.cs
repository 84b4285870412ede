using Hotspots.Access;
using Hotspots.Database;
using Npgsql;

namespace Hotspots.Incidents;

/// <summary>
/// Asking the owning agency for a signposted record, and its analysts' or data-protection officer's grant or refusal.
/// A grant is for the asking agency's analysts (incident_access gives granted records in full to analysts only).
/// </summary>
public sealed class RecordAccessRequests(UnitOfWork units)
{
    public const int ShortestReason = 20;

    private const string Columns = """
        q.id, q.incident_id, i.source_agency, q.requested_by, q.agency, q.reason, q.requested_at, coalesce(q.decision, 'pending'),
        q.decided_by, q.decided_at, q.decision_note, (SELECT g.expires_at FROM record_grants g WHERE g.request_id = q.id),
        coalesce((SELECT a.display_name FROM accounts a WHERE a.username = q.requested_by), q.requested_by),
        coalesce((SELECT a.display_name FROM accounts a WHERE a.username = q.decided_by), q.decided_by)
        """;

    public Task<RecordAccessRequest> Ask(Viewer viewer, long incidentId, string reason, CancellationToken cancel)
    {
        if (viewer.Role != Role.Analyst)
            throw new RecordAccessRefused("Only analysts can ask for a signposted record: the owning agency grants access to an agency's analysts.");
        if (reason.Trim().Length < ShortestReason)
            throw new RecordAccessRefused($"Give a reason of at least {ShortestReason} characters: the owning agency decides on it.");
        return units.Run(viewer, async work =>
        {
            (string? Access, bool Pending, long? Asked, string? Owner) target;
            try
            {
                target = (await work.Single($"""
                    WITH target AS (
                        SELECT i.id, incident_access(i.id, i.source_agency, i.sensitivity, i.agreement_reference, $2, 'analyst',
                            r.opened, r.granted, r.agreements, r.assigned) AS access,
                            EXISTS (SELECT 1 FROM record_access_requests p WHERE p.incident_id = i.id AND p.agency = $2 AND p.decision IS NULL) AS pending
                        FROM incidents i, viewer_rights($3, $2) r WHERE i.id = $1),
                    asked AS (
                        INSERT INTO record_access_requests (incident_id, requested_by, agency, reason)
                        SELECT id, $3, $2, $4 FROM target WHERE access = '{IncidentAccess.Signpost}' AND NOT pending
                        RETURNING id)
                    SELECT (SELECT access FROM target), (SELECT pending FROM target), (SELECT id FROM asked), (SELECT source_agency FROM incidents WHERE id = $1)
                    """, r => (r.IsDBNull(0) ? null : r.GetString(0), !r.IsDBNull(1) && r.GetBoolean(1),
                        r.IsDBNull(2) ? (long?)null : r.GetInt64(2), r.IsDBNull(3) ? null : r.GetString(3)),
                    incidentId, viewer.Agency, viewer.Username, reason.Trim()))!;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
            {
                throw new RecordAccessRefused($"Your agency has already asked for incident {incidentId}; its owner has not yet decided.");
            }
            if (target.Asked is { } id)
            {
                await work.Audit("request record access", $"incident:{incidentId}", new { request = id, owner = target.Owner }, reason.Trim());
                return (await Find(work, id))!;
            }
            throw new RecordAccessRefused(target.Access switch
            {
                IncidentAccess.Signpost when target.Pending => $"Your agency has already asked for incident {incidentId}; its owner has not yet decided.",
                IncidentAccess.Full => $"You already see incident {incidentId} in full.",
                IncidentAccess.Generalised => $"Incident {incidentId} is not OFFICIAL-SENSITIVE: ask for it to be named in a sharing agreement instead.",
                _ => $"There is no incident {incidentId} signposted to you.",
            });
        }, cancel);
    }

    /// <summary>Requests on the viewer's agency's records (for its analysts and data-protection officer) and the viewer's own, newest first.</summary>
    public async Task<IReadOnlyList<RecordAccessRequest>> Seen(Viewer viewer, bool pendingOnly, CancellationToken cancel) =>
        await units.Read(viewer, work => work.List($"""
            SELECT {Columns} FROM record_access_requests q JOIN incidents i ON i.id = q.incident_id
            WHERE (q.requested_by = $1 OR ($3 AND i.source_agency = $2)) AND (NOT $4 OR q.decision IS NULL)
            ORDER BY q.requested_at DESC, q.id DESC
            """, Read, viewer.Username, viewer.Agency, Decides(viewer), pendingOnly), cancel);

    /// <summary>Grants (until a time, or standing when null) or refuses a pending request on one of the viewer's agency's records.</summary>
    public Task<RecordAccessRequest> Decide(Viewer viewer, long requestId, bool grant, DateTimeOffset? until, string? note, CancellationToken cancel)
    {
        if (!Decides(viewer))
            throw new RecordAccessRefused("Only analysts and data-protection officers of the agency that owns the record can grant or refuse access to it.");
        if (grant && until is { } end && end <= DateTimeOffset.UtcNow)
            throw new RecordAccessRefused($"A grant must end in the future (until was {end:u}); leave it out for a standing grant.");
        if (!grant && string.IsNullOrWhiteSpace(note))
            throw new RecordAccessRefused("Say why you refuse: the reason is shown to the analyst who asked.");
        return units.Run(viewer, async work =>
        {
            var incident = await work.Single("""
                WITH decided AS (
                    UPDATE record_access_requests q SET decision = CASE WHEN $4 THEN 'granted' ELSE 'refused' END,
                        decided_by = $2, decided_at = now(), decision_note = nullif(trim($6), '')
                    FROM incidents i WHERE q.id = $1 AND i.id = q.incident_id AND i.source_agency = $3 AND q.decision IS NULL
                    RETURNING q.id, q.incident_id, q.agency),
                granted AS (
                    INSERT INTO record_grants (incident_id, agency, granted_by, expires_at, request_id)
                    SELECT incident_id, agency, $2, $5, id FROM decided WHERE $4)
                SELECT incident_id FROM decided
                """, r => (long?)r.GetInt64(0), requestId, viewer.Username, viewer.Agency, grant, until, note)
                ?? throw new RecordAccessRefused(await WhyNot(work, requestId));
            await work.Audit(grant ? "grant record access" : "refuse record access", $"incident:{incident}",
                new { request = requestId, until, owner = viewer.Agency }, note);
            return (await Find(work, requestId))!;
        }, cancel);
    }

    private static bool Decides(Viewer viewer) => viewer.Role is Role.Analyst or Role.DataProtectionOfficer;

    private static async Task<string> WhyNot(Work work, long requestId) => await work.Single(
        "SELECT i.source_agency, q.decision FROM record_access_requests q JOIN incidents i ON i.id = q.incident_id WHERE q.id = $1",
        r => (Owner: r.GetString(0), Decision: r.IsDBNull(1) ? "pending" : r.GetString(1)), requestId) is { } found && found.Owner == work.Viewer.Agency
        ? $"Request {requestId} was already {found.Decision}."
        : $"There is no request {requestId} on your agency's records: only the owning agency decides.";

    private static Task<RecordAccessRequest?> Find(Work work, long id) =>
        work.Single($"SELECT {Columns} FROM record_access_requests q JOIN incidents i ON i.id = q.incident_id WHERE q.id = $1", Read, id);

    private static RecordAccessRequest Read(NpgsqlDataReader r) => new(r.GetInt64(0), r.GetInt64(1), r.GetString(2), r.GetString(3), r.GetString(4),
        r.GetString(5), r.GetFieldValue<DateTimeOffset>(6), Enum.Parse<RequestStatus>(r.GetString(7), ignoreCase: true),
        r.IsDBNull(8) ? null : r.GetString(8), r.IsDBNull(9) ? null : r.GetFieldValue<DateTimeOffset>(9),
        r.IsDBNull(10) ? null : r.GetString(10), r.IsDBNull(11) ? null : r.GetFieldValue<DateTimeOffset>(11),
        r.GetString(12), r.IsDBNull(13) ? null : r.GetString(13));
}
