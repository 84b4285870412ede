using System.Text.Json.Nodes;
using Hotspots.Tests.Api;

namespace Hotspots.Tests.Access.Matrix;

/// <summary>Turns what the API answered into one outcome word of the rule tables.</summary>
public static class Answers
{
    /// <summary>Asks GraphQL; an error is "refused: message", otherwise <paramref name="read"/> says what came back.</summary>
    public static async Task<string> Ask(this Probe probe, string query, object? variables, Func<JsonNode, string> read)
    {
        var (_, body) = await probe.Client.Post(query, variables);
        if (body["errors"] is JsonArray { Count: > 0 } errors) return "refused: " + errors[0]!["message"]!.GetValue<string>();
        return read(body["data"]!);
    }

    /// <summary>full when the node is there (and, if given, carries the expected detail), empty when null.</summary>
    public static string Present(JsonNode? node, string? detail = null, string? expected = null) => node switch
    {
        null => "empty",
        _ when detail is null => "full",
        _ => node[detail]?.ToString() == expected ? "full" : $"wrong {detail}: {node[detail]?.ToJsonString()}",
    };

    /// <summary>full when a list holds the id, empty when it does not.</summary>
    public static string Lists(JsonNode? list, string id, string key = "id") =>
        list!.AsArray().Any(n => n![key]!.ToString() == id) ? "full" : "empty";

    public static string Done(JsonNode? node) => node is null ? "empty" : "done";
}
