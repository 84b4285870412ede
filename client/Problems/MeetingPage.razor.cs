using Hotspots.Client.Api;
using Hotspots.Client.Visits;
using Microsoft.AspNetCore.Components;

namespace Hotspots.Client.Problems;

/// <summary>
/// Meeting mode: the group's agenda and every open plan's actions and annotations, kept current while the meeting
/// runs: each change another member commits arrives over the live stream and the plan it touched is read again.
/// </summary>
public sealed partial class MeetingPage : IDisposable
{
    [Inject] private GraphQLClient Api { get; set; } = null!;
    [Inject] private MeetingFeed Feed { get; set; } = null!;
    [Inject] private SignedFiles Files { get; set; } = null!;
    [Inject] private Device Device { get; set; } = null!;
    [Parameter] public string GroupId { get; set; } = "";

    private readonly CancellationTokenSource leaving = new();
    private readonly SortedDictionary<long, ProblemSolvingPlan> plans = [];
    private readonly List<LiveChange> changes = [];
    private MeetingGroup? group;
    private MeetingAgenda? agenda;
    private bool loaded, live;
    private string? error, liveProblem;

    protected override async Task OnParametersSetAsync()
    {
        await LoadGroup();
        if (group is not null) _ = Listen();
    }

    private async Task LoadGroup()
    {
        group = await Run(Api.MeetingGroup(GroupId));
        agenda = await Run(Api.Agenda(GroupId));
        plans.Clear();
        foreach (var plan in group?.Plans.Where(p => p.Status != "CLOSED") ?? []) await LoadPlan(long.Parse(plan.Id));
        loaded = true;
    }

    private async Task LoadPlan(long id)
    {
        if (await Run(Api.Plan(id.ToString())) is { } plan) plans[id] = plan;
        else plans.Remove(id);
    }

    /// <summary>Follows the group until the page closes; after a dropped connection it reconnects and reads everything again.</summary>
    private async Task Listen()
    {
        while (!leaving.IsCancellationRequested)
        {
            try
            {
                await foreach (var e in Feed.Follow(GroupId, leaving.Token)) await InvokeAsync(() => Hear(e));
                liveProblem = "Live updates stopped; reconnecting…";
            }
            catch (OperationCanceledException) when (leaving.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is GraphQLException or HttpRequestException or IOException)
            {
                liveProblem = $"{e.Message} Reconnecting…";
            }
            live = false;
            await InvokeAsync(StateHasChanged);
            try { await Task.Delay(TimeSpan.FromSeconds(3), leaving.Token); } catch (OperationCanceledException) { return; }
            await InvokeAsync(LoadGroup);
        }
    }

    private async Task Hear(LiveEvent e)
    {
        switch (e.Name)
        {
            case "ready":
                live = true;
                break;
            case "resync":
                await LoadGroup();
                break;
            case "change" when e.Change is { } change:
                changes.Insert(0, change);
                if (change.PlanId is { } planId) await LoadPlan(planId);
                else await LoadGroup();
                break;
            case "ended":
                live = false;
                liveProblem = "You are no longer a member of this group.";
                await leaving.CancelAsync();
                break;
        }
        StateHasChanged();
    }

    private async Task SetStatus((PlanAction Action, string Status) change)
    {
        error = null;
        await Run(Api.SetActionStatus(change.Action.Id, change.Action.Version, change.Status));
        var refusal = error;
        await LoadPlan(long.Parse(change.Action.PlanId));
        error = refusal;
    }

    private async Task Reply((string AnnotationId, string Text) reply)
    {
        error = null;
        if (await Run(Api.Reply(reply.AnnotationId, reply.Text)) is not null)
            foreach (var plan in plans.Values.Where(p => p.Annotations.Any(a => a.Id == reply.AnnotationId)).ToList()) await LoadPlan(long.Parse(plan.Id));
    }

    private async Task OpenPack()
    {
        error = null;
        try
        {
            var file = await Files.Get($"problems/groups/{GroupId}/pack");
            await Device.Open(file.Bytes, file.ContentType);
        }
        catch (Exception e) when (e is GraphQLException or HttpRequestException)
        {
            error = e.Message;
        }
    }

    private async Task<T?> Run<T>(Task<T> call)
    {
        try
        {
            return await call;
        }
        catch (Exception e) when (e is GraphQLException or HttpRequestException)
        {
            error = e.Message;
            return default;
        }
    }

    public void Dispose()
    {
        leaving.Cancel();
        leaving.Dispose();
    }
}
