using Microsoft.JSInterop;

namespace Hotspots.Client.Visits;

/// <summary>The browser's side of a visit: opening and saving files fetched with the token, and whether the phone is online.</summary>
public sealed class Device(IJSRuntime js) : IAsyncDisposable
{
    private IJSObjectReference? module;

    private async Task<IJSObjectReference> Module() => module ??= await js.InvokeAsync<IJSObjectReference>("import", "./visits/device.mjs");

    public async Task Open(byte[] bytes, string type) => await (await Module()).InvokeVoidAsync("openFile", bytes, type);

    public async Task Save(byte[] bytes, string type, string name) => await (await Module()).InvokeVoidAsync("saveFile", bytes, type, name);

    public async Task<bool> IsOnline() => await (await Module()).InvokeAsync<bool>("isOnline");

    /// <summary>Calls <paramref name="target"/>.Online() (a [JSInvokable] method) each time the browser regains the network.</summary>
    public async Task<IJSObjectReference> WhenOnline<T>(DotNetObjectReference<T> target) where T : class =>
        await (await Module()).InvokeAsync<IJSObjectReference>("whenOnline", target);

    /// <summary>Calls <paramref name="target"/>.Connection(bool) (a [JSInvokable] method) now and whenever the network comes or goes.</summary>
    public async Task<IJSObjectReference> WatchConnection<T>(DotNetObjectReference<T> target) where T : class =>
        await (await Module()).InvokeAsync<IJSObjectReference>("watchConnection", target);

    /// <summary>Registers the service worker that keeps the app and today's operation for use without signal.</summary>
    public async Task InstallOffline() => await (await Module()).InvokeAsync<bool>("installOffline");

    public async ValueTask DisposeAsync()
    {
        if (module is not null)
        {
            try { await module.DisposeAsync(); } catch (JSDisconnectedException) { }
        }
    }
}
