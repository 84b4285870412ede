using System.Net.Http.Json;
using System.Text.Json;

namespace Hotspots.Client.Api;

public sealed record SignedIn(string Token, DateTimeOffset ExpiresAt, string Username, string DisplayName, string Role, string Agency,
    string? Warning = null);

/// <summary>What the sign-in page offers: "Sign in with <see cref="Provider"/>" when set, the password form when <see cref="Passwords"/>.</summary>
public sealed record SignInOptions(string? Provider, bool Passwords);

public sealed class AccessApi(HttpClient http)
{
    public async Task<SignInOptions> Options() =>
        await http.GetFromJsonAsync<SignInOptions>("auth/options", GraphQLClient.Json) ?? new SignInOptions(null, true);

    /// <summary>
    /// After the browser comes back from the provider: the account the server holds for this browser (once), why the
    /// provider's sign-in was refused, or neither when no sign-in is waiting.
    /// </summary>
    public async Task<(SignedIn? Account, string? Error)> Handover()
    {
        using var response = await http.PostAsync("auth/provider/handover", null);
        if (response.StatusCode == System.Net.HttpStatusCode.NoContent) return (null, null);
        return response.IsSuccessStatusCode
            ? (await response.Content.ReadFromJsonAsync<SignedIn>(GraphQLClient.Json), null)
            : (null, await Reason(response));
    }

    /// <summary>
    /// The account on success, otherwise the server's own reason and what to ask for next: "code" (from the
    /// authenticator app) or "new-password" (after a one-time code).
    /// </summary>
    public async Task<(SignedIn? Account, string? Error, string? Next)> SignIn(string username, string password, string? code = null, string? newPassword = null)
    {
        using var response = await http.PostAsJsonAsync("auth/sign-in", new { username, password, code, newPassword }, GraphQLClient.Json);
        if (response.IsSuccessStatusCode)
            return (await response.Content.ReadFromJsonAsync<SignedIn>(GraphQLClient.Json), null, null);
        var refused = await Read(response);
        return (null, refused?.Error ?? $"Sign-in failed ({(int)response.StatusCode} {response.ReasonPhrase}).", refused?.Next);
    }

    private static async Task<string> Reason(HttpResponseMessage response) =>
        (await Read(response))?.Error ?? $"Sign-in failed ({(int)response.StatusCode} {response.ReasonPhrase}).";

    private static async Task<Refused?> Read(HttpResponseMessage response)
    {
        try
        {
            return await response.Content.ReadFromJsonAsync<Refused>(GraphQLClient.Json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed record Refused(string? Error, string? Next);
}
