using Hotspots.Database;
using Npgsql;

namespace Hotspots.Access;

public sealed record AuditEntry(long Id, DateTimeOffset At, string? Username, string? Agency, string Action, string? Subject,
    string? Detail, string? Reason, string? Origin);

/// <summary>What to look for in the audit log; every part optional. To is exclusive.</summary>
public sealed record AuditFilter(string? Action = null, string? Username = null, string? Agency = null, string? Subject = null,
    DateTimeOffset? From = null, DateTimeOffset? To = null);

/// <summary>
/// Who saw and changed what. Administrators search everything; a data-protection officer their own agency's
/// entries and what others did to their agency's records; analysts the break-glass openings of their agency's records.
/// </summary>
public sealed class AuditSearch(UnitOfWork units)
{
    /// <summary>The most rows one CSV export carries; narrow the filter for more.</summary>
    public const int MaxExport = 50_000;

    public static string? Refusal(Viewer viewer) =>
        viewer.Role is Role.Administrator or Role.DataProtectionOfficer or Role.Analyst
            ? null
            : "Only administrators, data-protection officers and analysts (for break-glass on their records) can search the audit log.";

    public async Task<Page<AuditEntry>> Find(Viewer viewer, AuditFilter filter, PageRequest page, CancellationToken cancel)
    {
        var sql = Conditions(viewer, filter);
        var where = sql.Where;
        // Newest first: the cursor counts down from the newest id.
        var pageSql = $"""
            SELECT id, at, username, agency, action, subject, detail::text, reason, origin FROM audit_log
            WHERE {where} AND ({sql.Parameter(page.After)} = 0 OR id < {sql.Parameter(page.After)})
            ORDER BY id DESC LIMIT {sql.Parameter(page.First + 1)}
            """;
        return await Page<AuditEntry>.Read(units, viewer, sql, pageSql, $"SELECT count(*) FROM audit_log WHERE {where}", page.First, Read, cancel);
    }

    /// <summary>Up to <see cref="MaxExport"/> entries, newest first, for the CSV export.</summary>
    public async Task<IReadOnlyList<AuditEntry>> Export(Viewer viewer, AuditFilter filter, CancellationToken cancel) =>
        (await Find(viewer, filter, new PageRequest(MaxExport, 0), cancel)).Items;

    private static SqlConditions Conditions(Viewer viewer, AuditFilter filter)
    {
        var sql = new SqlConditions();
        if (viewer.Role == Role.DataProtectionOfficer)
            sql.Add("(agency = {0} OR detail->>'owner' = {0})", viewer.Agency);
        if (viewer.Role == Role.Analyst)
            sql.Add("action = 'break-glass' AND detail->>'owner' = {0}", viewer.Agency);
        if (filter.Action is { Length: > 0 } action) sql.Add("action ILIKE {0}", action.Replace("%", "\\%").Replace("_", "\\_") + "%");
        if (filter.Username is { Length: > 0 } username) sql.Add("username = {0}", username);
        if (filter.Agency is { Length: > 0 } agency) sql.Add("agency = {0}", agency);
        if (filter.Subject is { Length: > 0 } subject) sql.Add("subject = {0}", subject);
        if (filter.From is { } from) sql.Add("at >= {0}", from);
        if (filter.To is { } to) sql.Add("at < {0}", to);
        return sql;
    }

    private static AuditEntry Read(NpgsqlDataReader r) => new(r.GetInt64(0), r.GetFieldValue<DateTimeOffset>(1), Text(r, 2), Text(r, 3),
        r.GetString(4), Text(r, 5), Text(r, 6), Text(r, 7), Text(r, 8));

    private static string? Text(NpgsqlDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);
}
