using Hotspots.Client.Api;
using Microsoft.AspNetCore.Components;

namespace Hotspots.Client.Visits;

public sealed partial class OutcomeForm
{
    [Parameter, EditorRequired] public string VisitId { get; set; } = "";
    [Parameter, EditorRequired] public VisitTarget Target { get; set; } = null!;

    // Made once per form, so pressing Record again or a queued resend can never store the outcome twice.
    private readonly string idempotencyKey = Guid.NewGuid().ToString();
    private DateTime arrived = DateTime.Now.AddMinutes(-30), left = DateTime.Now;
    private int peopleSpokenTo;
    private readonly HashSet<string> indicators = [], notices = [];
    private readonly Dictionary<string, string> referrals = [];
    private readonly Dictionary<string, DateOnly> followUpOn = OutcomeChoices.Referrals.ToDictionary(k => k, _ => DateOnly.FromDateTime(DateTime.Today.AddDays(14)));
    private readonly Dictionary<string, int> victims = OutcomeChoices.AgeGroups.ToDictionary(a => a, _ => 0);
    private readonly Dictionary<(string, bool), int> consent = OutcomeChoices.ConsentPurposes
        .SelectMany(p => new[] { (p, true), (p, false) }).ToDictionary(k => k, _ => 0);
    private readonly List<FollowUpLine> followUps = [];
    private List<RecordedFollowUp> waitingFollowUps = [];
    private string advice = "";
    private string? state, error;
    private bool busy;

    private sealed class FollowUpLine
    {
        public string What { get; set; } = "";
        public string Agency { get; set; } = "";
        public string Owner { get; set; } = "";
        public DateOnly DueOn { get; set; } = DateOnly.FromDateTime(DateTime.Today.AddDays(14));
    }

    protected override async Task OnInitializedAsync()
    {
        Outbox.Delivered += Delivered;
        await Outbox.Start();
    }

    private static int Count(ChangeEventArgs e) => int.TryParse((string?)e.Value, out var n) && n > 0 ? n : 0;

    private static void Toggle(HashSet<string> set, string value)
    {
        if (!set.Remove(value)) set.Add(value);
    }

    private void ToggleReferral(string kind)
    {
        if (!referrals.Remove(kind)) referrals[kind] = "";
    }

    private async Task Record()
    {
        busy = true;
        error = null;
        var outcome = new VisitOutcomeInput(idempotencyKey, VisitId, Target.Id, new DateTimeOffset(arrived), new DateTimeOffset(left), peopleSpokenTo,
            [.. indicators], [.. victims.Where(v => v.Value > 0).Select(v => new VictimCount(v.Key, v.Value))],
            [.. consent.Where(c => c.Value > 0).Select(c => new ConsentInput(c.Key.Item1, c.Key.Item2, c.Value))],
            [.. referrals.Select(r => new ReferralInput(r.Key, r.Value.Trim().Length == 0 ? null : r.Value.Trim(),
                OutcomeChoices.FollowedUp(r.Key) ? followUpOn[r.Key] : null))], [.. notices],
            advice.Length == 0 ? null : advice,
            [.. followUps.Where(f => f.What.Trim().Length > 0).Select(f => new FollowUpInput(f.What.Trim(), f.Agency.Trim(), f.Owner.Trim(), f.DueOn))]);
        try
        {
            var (delivery, recorded) = await Outbox.Send(outcome, Target.Name);
            state = delivery == OutcomeOutbox.Delivery.Saved ? Sent(recorded!) : "queued: waiting for signal";
            waitingFollowUps = [.. recorded?.FollowUps?.Where(f => f.ActionId is null) ?? []];
        }
        catch (GraphQLException e)
        {
            error = e.Message;
        }
        busy = false;
    }

    private static string Sent(RecordedOutcome recorded) => $"sent: outcome reference {recorded.Id}";

    private void Delivered(string key, RecordedOutcome? recorded, string? refusal)
    {
        if (key != idempotencyKey) return;
        state = recorded is null ? null : Sent(recorded);
        error = refusal;
        _ = InvokeAsync(StateHasChanged);
    }

    public void Dispose() => Outbox.Delivered -= Delivered;
}
