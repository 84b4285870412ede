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
    private const string Key = "hotspots.outbox", SentKey = "hotspots.outbox.sent";
    private const int SentKept = 50;
    private static readonly TimeSpan RetryEvery = TimeSpan.FromSeconds(15);
    private DotNetObjectReference<OutcomeOutbox>? self;
    private IJSObjectReference? sealedStore;
    private Timer? retry;
    private readonly SemaphoreSlim flushing = new(1, 1);

    public enum Delivery { Saved, Queued }

    /// <summary>Raised with the idempotency key of a queued outcome the server has now stored (and its reference), or its reason for refusing it.</summary>
    public event Action<string, RecordedOutcome?, string?>? Delivered;

    /// <summary>Raised whenever the outbox's list changes, so the page showing it can redraw.</summary>
    public event Action? Changed;

    private sealed record Queued(string Username, VisitOutcomeInput Outcome, string TargetName = "", DateTimeOffset QueuedAt = default);

    /// <summary>One line of the outbox as the officer sees it: waiting, sending, sent with the server's reference, or refused.</summary>
    public sealed record Entry(string IdempotencyKey, string Username, string VisitId, string TargetName, DateTimeOffset At, string Status, string? Reference = null);

    private string? sending;

    /// <summary>Sends now if it can, otherwise keeps it; a refusal by the server is thrown as <see cref="GraphQLException"/>.</summary>
    public async Task<(Delivery, RecordedOutcome?)> Send(VisitOutcomeInput outcome, string targetName = "")
    {
        await Start();
        if (await device.IsOnline())
        {
            try
            {
                var recorded = await api.RecordOutcome(outcome);
                await Log(new Entry(outcome.IdempotencyKey, session.Account?.Username ?? "", outcome.VisitId, targetName, DateTimeOffset.Now, "sent", recorded.Id));
                return (Delivery.Saved, recorded);
            }
            catch (HttpRequestException)
            {
                // The network dropped between the check and the send: keep it like an offline one.
            }
        }
        var queue = await Read();
        queue.RemoveAll(q => q.Outcome.IdempotencyKey == outcome.IdempotencyKey);
        queue.Add(new Queued(session.Account?.Username ?? "", outcome, targetName, DateTimeOffset.Now));
        await Write(queue);
        Changed?.Invoke();
        return (Delivery.Queued, null);
    }

    /// <summary>The signed-in user's outcomes for an operation still on this device, then those sent or refused, newest first.</summary>
    public async Task<IReadOnlyList<Entry>> Entries(string visitId)
    {
        var me = session.Account?.Username;
        var waiting = (await Read()).Where(q => q.Username == me && q.Outcome.VisitId == visitId)
            .Select(q => new Entry(q.Outcome.IdempotencyKey, q.Username, visitId, q.TargetName, q.QueuedAt,
                q.Outcome.IdempotencyKey == sending ? "sending" : "waiting for signal"));
        var done = (await ReadSent()).Where(e => e.Username == me && e.VisitId == visitId).OrderByDescending(e => e.At);
        return [.. waiting, .. done];
    }

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
                RecordedOutcome? recorded = null;
                sending = queued.Outcome.IdempotencyKey;
                Changed?.Invoke();
                try
                {
                    recorded = await api.RecordOutcome(queued.Outcome);
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
                await Log(new Entry(queued.Outcome.IdempotencyKey, queued.Username, queued.Outcome.VisitId, queued.TargetName, DateTimeOffset.Now,
                    refusal is null ? "sent" : $"refused: {refusal}", recorded?.Id));
                Delivered?.Invoke(queued.Outcome.IdempotencyKey, recorded, refusal);
            }
        }
        finally
        {
            sending = null;
            flushing.Release();
            Changed?.Invoke();
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
        var sent = await ReadSent();
        sent.RemoveAll(e => e.Username == session.Account?.Username);
        await WriteSent(sent);
    }

    // What was sent stays listed with the server's reference, so an officer who reopens the app can see it arrived.
    private async Task Log(Entry entry)
    {
        var sent = await ReadSent();
        sent.RemoveAll(e => e.IdempotencyKey == entry.IdempotencyKey);
        sent.Add(entry);
        await WriteSent([.. sent.OrderByDescending(e => e.At).Take(SentKept)]);
        Changed?.Invoke();
    }

    private async Task<List<Entry>> ReadSent()
    {
        var saved = await (await SealedStore()).InvokeAsync<string?>("unseal", SentKey);
        return saved is null ? [] : JsonSerializer.Deserialize<List<Entry>>(saved, GraphQLClient.Json) ?? [];
    }

    private async Task WriteSent(List<Entry> sent)
    {
        if (sent.Count == 0) await js.InvokeVoidAsync("localStorage.removeItem", SentKey);
        else await (await SealedStore()).InvokeVoidAsync("seal", SentKey, JsonSerializer.Serialize(sent, GraphQLClient.Json));
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
