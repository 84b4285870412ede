using System.Text.Json;
using Hotspots.Client.Access;
using Hotspots.Client.Api;
using Microsoft.JSInterop;

namespace Hotspots.Client.Visits;

/// <summary>
/// Outcomes recorded on a phone without signal wait in localStorage, encrypted (outbox.mjs), and go when the network is
/// back (the online event, and a retry every 15 s in case the event never comes). The idempotency key makes a resend
/// harmless. Signing out deletes the user's unsent outcomes from the device, after a warning (AccountBadge).
/// </summary>
public sealed class OutcomeOutbox(GraphQLClient api, Session session, Device device, IJSRuntime js) : IDisposable
{
    private const string Key = "hotspots.outbox";
    private static readonly TimeSpan RetryEvery = TimeSpan.FromSeconds(15);
    private DotNetObjectReference<OutcomeOutbox>? self;
    private IJSObjectReference? sealedStore;
    private Timer? retry;
    private readonly SemaphoreSlim flushing = new(1, 1);

    public enum Delivery { Saved, Queued }

    /// <summary>Raised with the idempotency key of a queued outcome the server has now stored, or its reason for refusing it.</summary>
    public event Action<string, string?>? Delivered;

    private sealed record Queued(string Username, VisitOutcomeInput Outcome);

    /// <summary>Sends now if it can, otherwise keeps it; a refusal by the server is thrown as <see cref="GraphQLException"/>.</summary>
    public async Task<(Delivery, RecordedOutcome?)> Send(VisitOutcomeInput outcome)
    {
        await Start();
        if (await device.IsOnline())
        {
            try
            {
                return (Delivery.Saved, await api.RecordOutcome(outcome));
            }
            catch (HttpRequestException)
            {
                // The network dropped between the check and the send: keep it like an offline one.
            }
        }
        var queue = await Read();
        queue.RemoveAll(q => q.Outcome.IdempotencyKey == outcome.IdempotencyKey);
        queue.Add(new Queued(session.Account?.Username ?? "", outcome));
        await Write(queue);
        return (Delivery.Queued, null);
    }

    public async Task<IReadOnlyList<VisitOutcomeInput>> Waiting(string visitId) =>
        [.. (await Read()).Where(q => q.Username == session.Account?.Username && q.Outcome.VisitId == visitId).Select(q => q.Outcome)];

    /// <summary>Call while still online: loads the browser module the offline path needs, and sends anything left from before.</summary>
    public async Task Start()
    {
        if (self is not null) return;
        self = DotNetObjectReference.Create(this);
        await device.WhenOnline(self);
        retry = new Timer(_ => _ = Flush(), null, RetryEvery, RetryEvery);
        _ = Flush();
    }

    [JSInvokable]
    public Task Online() => Flush();

    public async Task Flush()
    {
        if (!await flushing.WaitAsync(0)) return;
        try
        {
            foreach (var queued in (await Read()).Where(q => q.Username == session.Account?.Username))
            {
                string? refusal = null;
                try
                {
                    await api.RecordOutcome(queued.Outcome);
                }
                catch (HttpRequestException)
                {
                    return;
                }
                catch (GraphQLException e)
                {
                    // Refused for good (e.g. no longer on the team): resending will not change that.
                    refusal = e.Message;
                }
                var rest = await Read();
                rest.RemoveAll(q => q.Outcome.IdempotencyKey == queued.Outcome.IdempotencyKey);
                await Write(rest);
                Delivered?.Invoke(queued.Outcome.IdempotencyKey, refusal);
            }
        }
        finally
        {
            flushing.Release();
        }
    }

    /// <summary>How many of the signed-in user's outcomes are still on this device after trying to send them.</summary>
    public async Task<int> Unsent()
    {
        await Flush();
        return (await Read()).Count(q => q.Username == session.Account?.Username);
    }

    /// <summary>Deletes the signed-in user's unsent outcomes from this device (on sign-out, once warned).</summary>
    public async Task Forget()
    {
        var rest = await Read();
        rest.RemoveAll(q => q.Username == session.Account?.Username);
        await Write(rest);
    }

    private async Task<IJSObjectReference> SealedStore() =>
        sealedStore ??= await js.InvokeAsync<IJSObjectReference>("import", "./visits/outbox.mjs");

    private async Task<List<Queued>> Read()
    {
        var saved = await (await SealedStore()).InvokeAsync<string?>("unseal", Key);
        return saved is null ? [] : JsonSerializer.Deserialize<List<Queued>>(saved, GraphQLClient.Json) ?? [];
    }

    private async Task Write(List<Queued> queue)
    {
        if (queue.Count == 0) await js.InvokeVoidAsync("localStorage.removeItem", Key);
        else await (await SealedStore()).InvokeVoidAsync("seal", Key, JsonSerializer.Serialize(queue, GraphQLClient.Json));
    }

    public void Dispose()
    {
        retry?.Dispose();
        self?.Dispose();
    }
}
