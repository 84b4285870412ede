using System.Globalization;
using Hotspots.Client.Api;

namespace Hotspots.Client.Access;

public sealed record AuditEntry(string Id, DateTimeOffset At, string? Username, string? Agency, string Action, string? Subject, string? Reason, string? Origin);

public sealed record AuditEntries(int? TotalCount, PageInfo PageInfo, List<AuditEntry> Items);

/// <summary>The audit page's filter; empty parts are left out. To is the last day included.</summary>
public sealed record AuditQuery(string? Username, string? Agency, string? Action, DateOnly? From, DateOnly? To)
{
    public DateTimeOffset? FromTime => From is { } day ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;
    public DateTimeOffset? ToTime => To is { } day ? new DateTimeOffset(day.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;
}

public static class AuditQueries
{
    public const int PageSize = 50;

    public static Task<AuditEntries> AuditLog(this GraphQLClient client, AuditQuery query, string? after) => client.Field<AuditEntries>("auditLog", """
        query($u: String, $g: String, $a: String, $from: DateTimeOffset, $to: DateTimeOffset, $after: String, $first: Int) {
          auditLog(username: $u, agency: $g, action: $a, from: $from, to: $to, after: $after, first: $first) {
            totalCount pageInfo { hasNextPage endCursor } items { id at username agency action subject reason origin }
          }
        }
        """, new { u = Blank(query.Username), g = Blank(query.Agency), a = Blank(query.Action), from = query.FromTime, to = query.ToTime, after, first = PageSize });

    /// <summary>The path of the CSV export for the same filter (fetched with the bearer token by <see cref="SignedFiles"/>).</summary>
    public static string ExportPath(AuditQuery query)
    {
        var parts = new List<string>();
        void Add(string name, string? value) { if (!string.IsNullOrWhiteSpace(value)) parts.Add($"{name}={Uri.EscapeDataString(value.Trim())}"); }
        Add("username", query.Username);
        Add("agency", query.Agency);
        Add("action", query.Action);
        Add("from", query.FromTime?.ToString("O", CultureInfo.InvariantCulture));
        Add("to", query.ToTime?.ToString("O", CultureInfo.InvariantCulture));
        return "audit/export.csv" + (parts.Count == 0 ? "" : "?" + string.Join('&', parts));
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
