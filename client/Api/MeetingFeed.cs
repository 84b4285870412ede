using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Hotspots.Client.Access;
using Microsoft.AspNetCore.Components.WebAssembly.Http;

namespace Hotspots.Client.Api;

/// <summary>One server-sent event of a group's live stream: ready, change, resync or ended.</summary>
public sealed record LiveEvent(string Name, LiveChange? Change);

/// <summary>A committed change to one of the group's plans, as the timeline words it.</summary>
public sealed record LiveChange(long? PlanId, long? MeetingId, string Kind, string? Subject, string By, DateTimeOffset? At, string? Summary);

/// <summary>
/// Follows /problems/groups/{id}/live. Read with fetch streaming rather than EventSource, because EventSource cannot
/// send the bearer token and a token in the address would end up in logs.
/// </summary>
public sealed class MeetingFeed(HttpClient http, Session session)
{
    public async IAsyncEnumerable<LiveEvent> Follow(string groupId, [EnumeratorCancellation] CancellationToken cancel)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"problems/groups/{Uri.EscapeDataString(groupId)}/live");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", session.Account?.Token);
        request.SetBrowserResponseStreamingEnabled(true);
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancel);
        if (!response.IsSuccessStatusCode) throw new GraphQLException($"The meeting's live updates could not start ({(int)response.StatusCode} {response.ReasonPhrase}).");
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancel));
        string? name = null, data = null;
        while (await reader.ReadLineAsync(cancel) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal)) name = line[7..];
            else if (line.StartsWith("data: ", StringComparison.Ordinal)) data = line[6..];
            else if (line.Length == 0 && name is not null)
            {
                yield return new LiveEvent(name, name == "change" && data is not null ? JsonSerializer.Deserialize<LiveChange>(data, GraphQLClient.Json) : null);
                name = data = null;
            }
        }
    }
}
