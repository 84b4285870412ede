using System.Text.Json.Nodes;

namespace Hotspots.Tests.Problems.Live;

/// <summary>A group's live meeting stream read the way a browser reads it: server-sent events over one long GET.</summary>
public sealed class LiveStream : IAsyncDisposable
{
    private readonly HttpResponseMessage response;
    private readonly StreamReader reader;

    private LiveStream(HttpResponseMessage response, Stream body)
    {
        this.response = response;
        reader = new StreamReader(body);
    }

    /// <summary>Opens the stream and waits for its ready event, after which every committed change reaches it.</summary>
    public static async Task<LiveStream> Open(HttpClient client, string groupId)
    {
        var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/problems/groups/{groupId}/live"), HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        var stream = new LiveStream(response, await response.Content.ReadAsStreamAsync());
        var (name, _) = await stream.Next();
        Assert.Equal("ready", name);
        return stream;
    }

    /// <summary>The next event, or a failed test if none comes within the time given (10 s unless said).</summary>
    public async Task<(string Name, JsonNode Data)> Next(TimeSpan? within = null)
    {
        using var timeout = new CancellationTokenSource(within ?? TimeSpan.FromSeconds(10));
        string? name = null, data = null;
        while (await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("event: ")) name = line[7..];
            else if (line.StartsWith("data: ")) data = line[6..];
            else if (line.Length == 0 && name is not null) return (name, JsonNode.Parse(data ?? "{}")!);
        }
        throw new InvalidOperationException("The live stream ended.");
    }

    /// <summary>The next change event, skipping none: the stream must carry changes in commit order.</summary>
    public async Task<JsonNode> NextChange()
    {
        var (name, data) = await Next();
        Assert.Equal("change", name);
        return data;
    }

    public ValueTask DisposeAsync()
    {
        reader.Dispose();
        response.Dispose();
        return ValueTask.CompletedTask;
    }
}
