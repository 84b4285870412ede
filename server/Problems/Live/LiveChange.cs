using System.Text.Json;

namespace Hotspots.Problems;

/// <summary>
/// What a meeting screen is sent about one change: the fields of the plan's timeline line and nothing more, so a
/// field added to the NOTIFY payload later does not reach members by accident. The screen re-reads the plan
/// through /graphql, where the need-to-know rules decide what it gets.
/// </summary>
public sealed record LiveChange(long? PlanId, long? MeetingId, string Kind, string? Subject, string By, DateTimeOffset? At, string? Summary)
{
    public static LiveChange? From(string payload)
    {
        try
        {
            return JsonSerializer.Deserialize<LiveChange>(payload, GroupChannel.Json) is { Kind.Length: > 0, By.Length: > 0 } change ? change : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public string Json() => JsonSerializer.Serialize(this, GroupChannel.Json);
}
