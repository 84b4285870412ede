using System.Text.Json;
using Hotspots.Client.Access;
using Hotspots.Client.Api;
using Microsoft.JSInterop;

namespace Hotspots.Client.Visits;

/// <summary>
/// The last copy of an officer's operations read from the server, so today's operation opens without signal. Kept
/// encrypted like the outbox (outbox.mjs), per user, and deleted on sign-out; never in the service worker's cache.
/// </summary>
public sealed class OfflineCopy(Session session, IJSRuntime js)
{
    private const string Prefix = "hotspots.copy.";
    private IJSObjectReference? sealedStore;

    /// <summary>Reads from the server and keeps a copy; without signal, answers the kept copy (or null if there is none).</summary>
    public async Task<T?> Read<T>(string name, Func<Task<T?>> fromServer) where T : class
    {
        var key = $"{Prefix}{session.Account?.Username}.{name}";
        try
        {
            var fresh = await fromServer();
            try
            {
                await (await Store()).InvokeVoidAsync("seal", key, JsonSerializer.Serialize(fresh, GraphQLClient.Json));
            }
            catch (Exception e) when (e is InvalidOperationException or NotSupportedException or JSException)
            {
                // A record read in part (e.g. a stop without its location, a JsonElement left unset) cannot be kept:
                // the page still shows what the server sent; it just will not open offline.
            }
            return fresh;
        }
        catch (HttpRequestException)
        {
            var kept = await (await Store()).InvokeAsync<string?>("unseal", key);
            if (kept is null) throw;
            return JsonSerializer.Deserialize<T>(kept, GraphQLClient.Json);
        }
    }

    /// <summary>Deletes every kept copy on this device (on sign-out).</summary>
    public async Task Forget() => await (await Store()).InvokeVoidAsync("forget", Prefix);

    private async Task<IJSObjectReference> Store() =>
        sealedStore ??= await js.InvokeAsync<IJSObjectReference>("import", "./visits/outbox.mjs");
}
