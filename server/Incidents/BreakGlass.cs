using Hotspots.Access;
using Hotspots.Api;
using Hotspots.Database;

namespace Hotspots.Incidents;

/// <summary>One record opened outside its reader's rights, as its owning agency reads it.</summary>
public sealed record BreakGlassOpening(long IncidentId, string OpenedBy, string Agency, DateTimeOffset OpenedAt, DateTimeOffset ExpiresAt, string Reason);

/// <summary>
/// Full access to one record outside one's rights for an hour, with a written reason the owning agency reads at once
/// (Record requests page). Who may break glass at all is the partnership's setting (Hotspots:BreakGlass:Roles), and each
/// account may do it Hotspots:BreakGlass:PerDay times a day; beyond that the owner decides (requestRecordAccess).
/// </summary>
public sealed class BreakGlass(UnitOfWork units, IConfiguration configuration)
{
    public static readonly TimeSpan Lasts = TimeSpan.FromHours(1);
    public const int ShortestReason = 20;
    public const int DefaultPerDay = 5;

    /// <summary>How far back the owning agency's list reaches.</summary>
    public const int OpeningsDays = 14;

    private readonly IReadOnlySet<Role> roles = Roles(configuration["Hotspots:BreakGlass:Roles"]);
    private readonly int perDay = configuration.GetValue("Hotspots:BreakGlass:PerDay", DefaultPerDay);

    public async Task<string?> Open(Viewer viewer, long incidentId, string reason, CancellationToken cancel)
    {
        // incident_access keeps enforcement officers to the records linked to their operations, opened or not.
        if (viewer.Role == Role.EnforcementOfficer)
            return "Enforcement officers see the incidents linked to the operations they are on: ask the operation's planner to link this one.";
        if (!roles.Contains(viewer.Role))
            return $"In this partnership only {string.Join(", ", roles.Select(Labels))} can break glass: ask the owning agency for the record on the Record requests page.";
        if (reason.Trim().Length < ShortestReason)
            return $"Give a reason of at least {ShortestReason} characters: it is shown to the agency that owns the record.";
        return await units.Run(viewer, async work =>
        {
            var today = await work.Scalar<long>("SELECT count(*) FROM break_glass WHERE username = $1 AND started_at > now() - interval '1 day'", viewer.Username);
            if (today >= perDay)
            {
                await work.Audit("break-glass refused: daily limit", $"incident:{incidentId}", new { today, perDay }, reason.Trim());
                return $"You have broken glass {today} times in the last 24 hours, the most this partnership allows: ask the owning agency " +
                       "for the record on the Record requests page, and its data-protection officer decides.";
            }
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

    /// <summary>
    /// Who opened the viewer's agency's records, newest first: for its analysts and data-protection officer, and for
    /// administrators every agency's. Not audited, like auditLog and recordAccessRequests: it reads who read, and the
    /// navigation badge asks each minute.
    /// </summary>
    public Task<IReadOnlyList<BreakGlassOpening>> Openings(Viewer viewer, CancellationToken cancel)
    {
        if (viewer.Role is not (Role.Administrator or Role.DataProtectionOfficer or Role.Analyst))
            throw new AccessRefused("Only analysts, data-protection officers and administrators see who broke glass on their agency's records.");
        return units.Read(viewer, async work =>
        {
            var openings = await work.List("""
                SELECT b.incident_id, coalesce(a.display_name, b.username), b.agency, b.started_at, b.expires_at, b.reason
                FROM break_glass b JOIN incidents i ON i.id = b.incident_id LEFT JOIN accounts a ON a.username = b.username
                WHERE b.started_at > now() - make_interval(days => $2) AND ($1::text IS NULL OR i.source_agency = $1)
                ORDER BY b.started_at DESC
                """, r => new BreakGlassOpening(r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetFieldValue<DateTimeOffset>(3),
                    r.GetFieldValue<DateTimeOffset>(4), r.GetString(5)),
                viewer.Role == Role.Administrator ? null : viewer.Agency, OpeningsDays);
            return (IReadOnlyList<BreakGlassOpening>)openings;
        }, cancel);
    }

    private static IReadOnlySet<Role> Roles(string? setting) => string.IsNullOrWhiteSpace(setting)
        ? Enum.GetValues<Role>().Where(r => r != Role.EnforcementOfficer).ToHashSet()
        : setting.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(name =>
            Enum.TryParse<Role>(name.Replace("_", ""), ignoreCase: true, out var role) && Enum.IsDefined(role) ? role
            : throw new InvalidOperationException($"Hotspots:BreakGlass:Roles: \"{name}\" is not a role; use e.g. ANALYST, PARTNER, GROUP_CHAIR.")).ToHashSet();

    private static string Labels(Role role) => role switch
    {
        Role.DataProtectionOfficer => "data-protection officers",
        Role.GroupChair => "group chairs",
        _ => role.ToString().ToLowerInvariant() + "s",
    };
}
