using System.Text.Json;
using Hotspots.Client.Api;
using Microsoft.JSInterop;

namespace Hotspots.Client.Access;

/// <summary>Who is signed in. Kept in sessionStorage so a reload stays signed in until the token expires, and no longer.</summary>
public sealed class Session(IJSRuntime js)
{
    private const string Key = "hotspots.session";

    public SignedIn? Account { get; private set; }

    /// <summary>Why the user was signed out, shown on the sign-in page.</summary>
    public string? Notice { get; private set; }

    public event Action? Changed;

    public async Task Restore()
    {
        var saved = await js.InvokeAsync<string?>("sessionStorage.getItem", Key);
        var account = saved is null ? null : Read(saved);
        if (account is not null && account.ExpiresAt > DateTimeOffset.UtcNow) Account = account;
        else if (saved is not null) await js.InvokeVoidAsync("sessionStorage.removeItem", Key);
    }

    private static SignedIn? Read(string saved)
    {
        try
        {
            return JsonSerializer.Deserialize<SignedIn>(saved);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public async Task Start(SignedIn account)
    {
        Account = account;
        Notice = null;
        await js.InvokeVoidAsync("sessionStorage.setItem", Key, JsonSerializer.Serialize(account));
        Changed?.Invoke();
    }

    public async Task End(string? notice = null)
    {
        Account = null;
        Notice = notice;
        await js.InvokeVoidAsync("sessionStorage.removeItem", Key);
        Changed?.Invoke();
    }
}
