using Hotspots.Client.Api;
using Hotspots.Client.Map;
using Microsoft.AspNetCore.Components;

namespace Hotspots.Client.Problems;

public sealed partial class PlanPage
{
    [Inject] private GraphQLClient Api { get; set; } = null!;
    [Inject] private Access.MarkingsInView InView { get; set; } = null!;
    [Parameter] public string Id { get; set; } = "";

    private MapSettings? settings;
    private ProblemSolvingPlan? plan;
    private GroupMembers? group;
    private bool loaded;
    private string placing = "point";
    private MapPlacement? placement;
    private string? error;

    protected override async Task OnParametersSetAsync()
    {
        await Reload();
        if (plan is not null) group = await Run(Api.GroupMembers(plan.GroupId));
        settings = await Run(Api.MapSettings()) ?? new MapSettings(null, null);
    }

    // The plan's map shows its areas and annotations only: places and incidents are on the workspace map.
    private List<Layer> Layers(ProblemSolvingPlan shown) =>
    [
        .. Layer.Basemap(settings),
        new("areas", "areas", shown.Areas, 1),
        new("annotations", "annotations", shown.Annotations, 2),
    ];

    protected override void OnAfterRender(bool firstRender) => InView.Show("plan", plan?.Classification);

    private async Task Reload()
    {
        plan = await Run(Api.Plan(Id));
        loaded = true;
    }

    /// <summary>Saves with the version read; when someone else saved first, shows whose change it was and loads theirs.</summary>
    private async Task Save(PlanChanges changes)
    {
        if (plan is null) return;
        error = null;
        if (await Run(Api.UpdatePlan(plan.Id, plan.Version, changes)) is { } saved) plan = saved;
        else
        {
            var refusal = error;
            await Reload();
            error = refusal;
        }
    }

    private async Task SetStatus((PlanAction Action, string Status) change)
    {
        error = null;
        await Run(Api.SetActionStatus(change.Action.Id, change.Action.Version, change.Status));
        var refusal = error;
        await Reload();
        error = refusal;
    }

    private async Task Reply((string AnnotationId, string Text) reply)
    {
        error = null;
        await Run(Api.Reply(reply.AnnotationId, reply.Text));
        var refusal = error;
        await Reload();
        error = refusal;
    }

    private void Place(string mode)
    {
        placing = mode;
        placement = null;
    }

    private async Task Pinned()
    {
        placement = null;
        await Reload();
    }

    private async Task Edit((string AnnotationId, string Text) edit)
    {
        error = null;
        await Run(Api.EditAnnotation(edit.AnnotationId, edit.Text));
        var refusal = error;
        await Reload();
        error = refusal;
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
}
