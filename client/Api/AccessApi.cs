using System.Net.Http.Json;
using System.Text.Json;

namespace Hotspots.Client.Api;

public sealed record SignedIn(string Token, DateTimeOffset ExpiresAt, string Username, string DisplayName, string Role, string Agency);

public sealed class AccessApi(HttpClient http)
{
    /// <summary>The account on success, otherwise the server's own reason.</summary>
    public async Task<(SignedIn? Account, string? Error)> SignIn(string username, string password)
    {
        using var response = await http.PostAsJsonAsync("auth/sign-in", new { username, password });
        if (response.IsSuccessStatusCode)
            return (await response.Content.ReadFromJsonAsync<SignedIn>(GraphQLClient.Json), null);
        try
        {
            var refused = await response.Content.ReadFromJsonAsync<Refused>(GraphQLClient.Json);
            return (null, refused?.Error ?? $"Sign-in failed ({(int)response.StatusCode}).");
        }
        catch (JsonException)
        {
            return (null, $"Sign-in failed ({(int)response.StatusCode} {response.ReasonPhrase}).");
        }
    }

    private sealed record Refused(string? Error);
}
