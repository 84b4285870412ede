using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Hotspots.Client.Access;

namespace Hotspots.Client.Api;

/// <summary>The one way the workspace asks the server for data: POST /graphql with the signed-in user's token.</summary>
public sealed class GraphQLClient(HttpClient http, Session session)
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Runs the query and returns data.{field}; GraphQL errors become a <see cref="GraphQLException"/>.</summary>
    public async Task<T> Field<T>(string field, string query, object? variables = null, CancellationToken cancel = default) =>
        Answer<T>(field, await Send(query, variables, cancel));

    private static T Answer<T>(string field, byte[] answer)
    {
        var body = JsonSerializer.Deserialize<Response>(answer, Json) ?? throw new GraphQLException("The server sent an empty answer.");
        if (body.Errors is { Count: > 0 } errors) throw new GraphQLException(Messages(errors));
        return body.Data.GetProperty(field).Deserialize<T>(Json)!;
    }

    /// <summary>The answer as the server sent it, for callers that must not parse all of it.</summary>
    public Task<byte[]> Send(string query, object? variables = null, CancellationToken cancel = default) =>
        Exchange(new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = JsonContent.Create(new { query, variables }, options: Json) }, cancel);

    /// <summary>
    /// A GraphQL multipart request (jaydenseric's spec, as the server's MultipartRequest reads it): the file is
    /// variables.file. Answers data.{field} like <see cref="Field{T}"/>.
    /// </summary>
    public async Task<T> Upload<T>(string field, string query, Dictionary<string, object?> variables, string fileName, Stream file,
        CancellationToken cancel = default)
    {
        variables["file"] = null;
        using var form = new MultipartFormDataContent
        {
            { new StringContent(JsonSerializer.Serialize(new { query, variables }, Json)), "operations" },
            { new StringContent("""{"0":["variables.file"]}"""), "map" },
            { new StreamContent(file), "0", fileName },
        };
        return Answer<T>(field, await Exchange(new HttpRequestMessage(HttpMethod.Post, "graphql") { Content = form }, cancel));
    }

    /// <summary>A file the server makes for the signed-in user, e.g. an import's rejected rows as CSV.</summary>
    public Task<byte[]> Download(string path, CancellationToken cancel = default) => Exchange(new HttpRequestMessage(HttpMethod.Get, path), cancel);

    private async Task<byte[]> Exchange(HttpRequestMessage message, CancellationToken cancel)
    {
        using var request = message;
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", session.Account?.Token);
        using var response = await http.SendAsync(request, cancel);
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            await session.End("Your session has ended: please sign in again.");
            throw new GraphQLException("You are signed out.");
        }
        if (!response.IsSuccessStatusCode) throw new GraphQLException($"The server could not answer ({(int)response.StatusCode} {response.ReasonPhrase}).");
        return await response.Content.ReadAsByteArrayAsync(cancel);
    }

    internal static string Messages(IEnumerable<Error> errors) => string.Join(" ", errors.Select(e => e.Message));

    /// <summary>Follows endCursor until hasNextPage is false; the query takes $after and selects pageInfo and items.</summary>
    public async Task<List<T>> AllPages<T>(string field, string query, CancellationToken cancel = default)
    {
        var all = new List<T>();
        string? after = null;
        do
        {
            var page = await Field<Connection<T>>(field, query, new { after }, cancel);
            all.AddRange(page.Items);
            after = page.PageInfo.HasNextPage ? page.PageInfo.EndCursor : null;
        } while (after is not null);
        return all;
    }

    private sealed record Response(JsonElement Data, List<Error>? Errors);

    internal sealed record Error(string Message);
}

public sealed record Connection<T>(PageInfo PageInfo, List<T> Items);

public sealed record PageInfo(bool HasNextPage, string? EndCursor);

/// <summary>What the server said was wrong, in words the user can read.</summary>
public sealed class GraphQLException(string message) : Exception(message);
