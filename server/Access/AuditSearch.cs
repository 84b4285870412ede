using Hotspots.Database;
using Npgsql;

namespace Hotspots.Access;

public sealed record AuditEntry(long Id, DateTimeOffset At, string? Username, string? Agency, string Action, string? Subject,
    string? Detail, string? Reason, string? Origin);

/// <summary>
/// Who saw and changed what. Administrators search everything; a data-protection officer their own agency's
/// entries and what others did to their agency's records; analysts the break-glass openings of their agency's records.
/// </summary>
public sealed class AuditSearch(NpgsqlDataSource dataSource)
{
    public static string? Refusal(Viewer viewer) =>
        viewer.Role is Role.Administrator or Role.DataProtectionOfficer or Role.Analyst
            ? null
            : "Only administrators, data-protection officers and analysts (for break-glass on their records) can search the audit log.";

    public async Task<Page<AuditEntry>> Find(Viewer viewer, string? action, string? username, string? subject,
        DateTimeOffset? from, DateTimeOffset? to, PageRequest page, CancellationToken cancel)
    {
        var sql = new SqlConditions();
        if (viewer.Role == Role.DataProtectionOfficer)
            sql.Add("(agency = {0} OR detail->>'owner' = {0})", viewer.Agency);
        if (viewer.Role == Role.Analyst)
            sql.Add("action = 'break-glass' AND detail->>'owner' = {0}", viewer.Agency);
        if (action is not null) sql.Add("action ILIKE {0}", action + "%");
        if (username is not null) sql.Add("username = {0}", username);
        if (subject is not null) sql.Add("subject = {0}", subject);
        if (from is not null) sql.Add("at >= {0}", from);
        if (to is not null) sql.Add("at < {0}", to);
        var where = sql.Where;
        // Newest first: the cursor counts down from the newest id.
        var pageSql = $"""
            SELECT id, at, username, agency, action, subject, detail::text, reason, origin FROM audit_log
            WHERE {where} AND ({sql.Parameter(page.After)} = 0 OR id < {sql.Parameter(page.After)})
            ORDER BY id DESC LIMIT {sql.Parameter(page.First + 1)}
            """;
        return await Page<AuditEntry>.Read(sql.Command(dataSource, pageSql), page.First,
            r => new AuditEntry(r.GetInt64(0), r.GetFieldValue<DateTimeOffset>(1), Text(r, 2), Text(r, 3), r.GetString(4),
                Text(r, 5), Text(r, 6), Text(r, 7), Text(r, 8)),
            Page<AuditEntry>.Count(sql, dataSource, $"SELECT count(*) FROM audit_log WHERE {where}", cancel), cancel);
    }

    private static string? Text(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
}
