using System.Net.Http.Json;
using System.Text.Json;

namespace Hotspots.Client.Api;

public sealed record SignedIn(string Token, DateTimeOffset ExpiresAt, string Username, string DisplayName, string Role, string Agency,
    string? Warning = null);

public sealed class AccessApi(HttpClient http)
{
    /// <summary>
    /// The account on success, otherwise the server's own reason and what to ask for next: "code" (from the
    /// authenticator app) or "new-password" (after a one-time code).
    /// </summary>
    public async Task<(SignedIn? Account, string? Error, string? Next)> SignIn(string username, string password, string? code = null, string? newPassword = null)
    {
        using var response = await http.PostAsJsonAsync("auth/sign-in", new { username, password, code, newPassword }, GraphQLClient.Json);
        if (response.IsSuccessStatusCode)
            return (await response.Content.ReadFromJsonAsync<SignedIn>(GraphQLClient.Json), null, null);
        try
        {
            var refused = await response.Content.ReadFromJsonAsync<Refused>(GraphQLClient.Json);
            return (null, refused?.Error ?? $"Sign-in failed ({(int)response.StatusCode}).", refused?.Next);
        }
        catch (JsonException)
        {
            return (null, $"Sign-in failed ({(int)response.StatusCode} {response.ReasonPhrase}).", null);
        }
    }

    private sealed record Refused(string? Error, string? Next);
}
