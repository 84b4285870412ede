using System.Text.Json;

namespace Hotspots.Problems;

/// <summary>What a meeting screen hears when a plan of its group changes.</summary>
public sealed record GroupNotice(long PlanId, string Kind, string Subject, string By, DateTimeOffset At, string Summary);

/// <summary>
/// Every committed change to a plan is announced with PostgreSQL NOTIFY on the channel
/// <c>problem_group_{groupId}</c>, so a WebSocket door on any server instance can LISTEN and push it on.
/// The payload is a <see cref="GroupNotice"/> as camelCase JSON, e.g.
/// {"planId":7,"kind":"action_assigned","subject":"action:12","by":"chair.council","at":"…","summary":"…"}.
/// </summary>
public static class GroupChannel
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private const string Prefix = "problem_group_";

    public static string Of(long groupId) => Prefix + groupId;

    /// <summary>The group a channel name belongs to, or null for any other channel.</summary>
    public static long? GroupOf(string channel) =>
        channel.StartsWith(Prefix, StringComparison.Ordinal) && long.TryParse(channel.AsSpan(Prefix.Length), out var id) ? id : null;
}
