using Hotspots.Access;
using Hotspots.Database;
using Npgsql;

namespace Hotspots.Incidents;

/// <summary>
/// Asking the owning agency for a signposted record, and its analysts' or data-protection officer's grant or refusal.
/// A grant is for the asking agency's analysts (incident_access gives granted records in full to analysts only).
/// </summary>
public sealed class RecordAccessRequests(NpgsqlDataSource dataSource, AuditLog audit)
{
    public const int ShortestReason = 20;

    private const string Columns = """
        q.id, q.incident_id, i.source_agency, q.requested_by, q.agency, q.reason, q.requested_at, coalesce(q.decision, 'pending'),
        q.decided_by, q.decided_at, q.decision_note, (SELECT g.expires_at FROM record_grants g WHERE g.request_id = q.id)
        """;

    public async Task<RecordAccessRequest> Ask(Viewer viewer, long incidentId, string reason, CancellationToken cancel)
    {
        if (viewer.Role != Role.Analyst)
            throw new RecordAccessRefused("Only analysts can ask for a signposted record: the owning agency grants access to an agency's analysts.");
        if (reason.Trim().Length < ShortestReason)
            throw new RecordAccessRefused($"Give a reason of at least {ShortestReason} characters: the owning agency decides on it.");
        await using var command = dataSource.CreateCommand($"""
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
            """).With(incidentId, viewer.Agency, viewer.Username, reason.Trim());
        string? access;
        bool pending;
        long? asked;
        string? owner;
        try
        {
            await using var reader = await command.ExecuteReaderAsync(cancel);
            await reader.ReadAsync(cancel);
            (access, pending, asked, owner) = (reader.IsDBNull(0) ? null : reader.GetString(0), !reader.IsDBNull(1) && reader.GetBoolean(1),
                reader.IsDBNull(2) ? null : reader.GetInt64(2), reader.IsDBNull(3) ? null : reader.GetString(3));
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            throw new RecordAccessRefused($"Your agency has already asked for incident {incidentId}; its owner has not yet decided.");
        }
        if (asked is { } id)
        {
            await audit.Record(viewer, "request record access", $"incident:{incidentId}", new { request = id, owner }, reason.Trim(), cancel: cancel);
            return (await Find(id, cancel))!;
        }
        throw new RecordAccessRefused(access switch
        {
            IncidentAccess.Signpost when pending => $"Your agency has already asked for incident {incidentId}; its owner has not yet decided.",
            IncidentAccess.Full => $"You already see incident {incidentId} in full.",
            IncidentAccess.Generalised => $"Incident {incidentId} is not OFFICIAL-SENSITIVE: ask for it to be named in a sharing agreement instead.",
            _ => $"There is no incident {incidentId} signposted to you.",
        });
    }

    /// <summary>Requests on the viewer's agency's records (for its analysts and data-protection officer) and the viewer's own, newest first.</summary>
    public async Task<IReadOnlyList<RecordAccessRequest>> Seen(Viewer viewer, bool pendingOnly, CancellationToken cancel)
    {
        await using var command = dataSource.CreateCommand($"""
            SELECT {Columns} FROM record_access_requests q JOIN incidents i ON i.id = q.incident_id
            WHERE (q.requested_by = $1 OR ($3 AND i.source_agency = $2)) AND (NOT $4 OR q.decision IS NULL)
            ORDER BY q.requested_at DESC, q.id DESC
            """).With(viewer.Username, viewer.Agency, Decides(viewer), pendingOnly);
        return await Read(command, cancel);
    }

    /// <summary>Grants (until a time, or standing when null) or refuses a pending request on one of the viewer's agency's records.</summary>
    public async Task<RecordAccessRequest> Decide(Viewer viewer, long requestId, bool grant, DateTimeOffset? until, string? note, CancellationToken cancel)
    {
        if (!Decides(viewer))
            throw new RecordAccessRefused("Only analysts and data-protection officers of the agency that owns the record can grant or refuse access to it.");
        if (grant && until is { } end && end <= DateTimeOffset.UtcNow)
            throw new RecordAccessRefused($"A grant must end in the future (until was {end:u}); leave it out for a standing grant.");
        if (!grant && string.IsNullOrWhiteSpace(note))
            throw new RecordAccessRefused("Say why you refuse: the reason is shown to the analyst who asked.");
        await using var command = dataSource.CreateCommand("""
            WITH decided AS (
                UPDATE record_access_requests q SET decision = CASE WHEN $4 THEN 'granted' ELSE 'refused' END,
                    decided_by = $2, decided_at = now(), decision_note = nullif(trim($6), '')
                FROM incidents i WHERE q.id = $1 AND i.id = q.incident_id AND i.source_agency = $3 AND q.decision IS NULL
                RETURNING q.id, q.incident_id, q.agency),
            granted AS (
                INSERT INTO record_grants (incident_id, agency, granted_by, expires_at, request_id)
                SELECT incident_id, agency, $2, $5, id FROM decided WHERE $4)
            SELECT incident_id FROM decided
            """).With(requestId, viewer.Username, viewer.Agency, grant, until, note);
        if (await command.ExecuteScalarAsync(cancel) is not long incident)
            throw new RecordAccessRefused(await WhyNot(viewer, requestId, cancel));
        await audit.Record(viewer, grant ? "grant record access" : "refuse record access", $"incident:{incident}",
            new { request = requestId, until, owner = viewer.Agency }, note, cancel: cancel);
        return (await Find(requestId, cancel))!;
    }

    private static bool Decides(Viewer viewer) => viewer.Role is Role.Analyst or Role.DataProtectionOfficer;

    private async Task<string> WhyNot(Viewer viewer, long requestId, CancellationToken cancel)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT i.source_agency, q.decision FROM record_access_requests q JOIN incidents i ON i.id = q.incident_id WHERE q.id = $1").With(requestId);
        await using var reader = await command.ExecuteReaderAsync(cancel);
        if (!await reader.ReadAsync(cancel) || reader.GetString(0) != viewer.Agency)
            return $"There is no request {requestId} on your agency's records: only the owning agency decides.";
        return $"Request {requestId} was already {reader.GetString(1)}.";
    }

    private async Task<RecordAccessRequest?> Find(long id, CancellationToken cancel)
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM record_access_requests q JOIN incidents i ON i.id = q.incident_id WHERE q.id = $1").With(id);
        return (await Read(command, cancel)).SingleOrDefault();
    }

    private static async Task<IReadOnlyList<RecordAccessRequest>> Read(NpgsqlCommand command, CancellationToken cancel)
    {
        var requests = new List<RecordAccessRequest>();
        await using var reader = await command.ExecuteReaderAsync(cancel);
        while (await reader.ReadAsync(cancel))
            requests.Add(new RecordAccessRequest(reader.GetInt64(0), reader.GetInt64(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                reader.GetString(5), reader.GetFieldValue<DateTimeOffset>(6), Enum.Parse<RequestStatus>(reader.GetString(7), ignoreCase: true),
                reader.IsDBNull(8) ? null : reader.GetString(8), reader.IsDBNull(9) ? null : reader.GetFieldValue<DateTimeOffset>(9),
                reader.IsDBNull(10) ? null : reader.GetString(10), reader.IsDBNull(11) ? null : reader.GetFieldValue<DateTimeOffset>(11)));
        return requests;
    }
}
