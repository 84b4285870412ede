using System.Net.Http.Headers;
using Hotspots.Client.Access;

namespace Hotspots.Client.Api;

public sealed record SignedFile(byte[] Bytes, string ContentType);

/// <summary>Briefing packs and route exports: plain GETs that need the bearer token, so a link alone cannot fetch them.</summary>
public sealed class SignedFiles(HttpClient http, Session session)
{
    public async Task<SignedFile> Get(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path.TrimStart('/'));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", session.Account?.Token);
        using var response = await http.SendAsync(request);
        if (!response.IsSuccessStatusCode) throw new GraphQLException($"The server could not give the file ({(int)response.StatusCode} {response.ReasonPhrase}).");
        var type = response.Content.Headers.ContentType?.ToString() ?? "application/octet-stream";
        return new SignedFile(await response.Content.ReadAsByteArrayAsync(), type);
    }
}
