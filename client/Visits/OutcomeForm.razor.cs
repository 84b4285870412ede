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
    private readonly HashSet<string> indicators = [], referrals = [], notices = [];
    private readonly Dictionary<string, int> victims = OutcomeChoices.AgeGroups.ToDictionary(a => a, _ => 0);
    private string advice = "", followUps = "";
    private string? state, error;
    private bool busy;

    protected override async Task OnInitializedAsync()
    {
        Outbox.Delivered += Delivered;
        await Outbox.Start();
    }

    private static void Toggle(HashSet<string> set, string value)
    {
        if (!set.Remove(value)) set.Add(value);
    }

    private async Task Record()
    {
        busy = true;
        error = null;
        var outcome = new VisitOutcomeInput(idempotencyKey, VisitId, Target.Id, new DateTimeOffset(arrived), new DateTimeOffset(left), peopleSpokenTo,
            [.. indicators], [.. victims.Where(v => v.Value > 0).Select(v => new VictimCount(v.Key, v.Value))],
            [.. referrals.Select(r => new ReferralInput(r, null))], [.. notices], advice.Length == 0 ? null : advice,
            [.. followUps.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)]);
        try
        {
            state = await Outbox.Send(outcome) == OutcomeOutbox.Delivery.Saved ? "saved" : "queued";
        }
        catch (GraphQLException e)
        {
            error = e.Message;
        }
        busy = false;
    }

    private void Delivered(string key, string? refusal)
    {
        if (key != idempotencyKey) return;
        state = refusal is null ? "saved" : null;
        error = refusal;
        _ = InvokeAsync(StateHasChanged);
    }

    public void Dispose() => Outbox.Delivered -= Delivered;
}
