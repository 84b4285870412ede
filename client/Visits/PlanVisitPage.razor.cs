using Hotspots.Client.Access;
using Hotspots.Client.Api;
using Microsoft.AspNetCore.Components;

namespace Hotspots.Client.Visits;

public sealed partial class PlanVisitPage
{
    private static readonly string[] Kinds = ["HOTSPOT", "WARD", "CUSTOM"];

    [Inject] private GraphQLClient Api { get; set; } = null!;
    [Inject] private Session Session { get; set; } = null!;
    [Inject] private NavigationManager Navigation { get; set; } = null!;

    private string kind = Kinds[0], areaId = "";
    private List<AreaChoice> areas = [];
    private TargetRanking? ranking;
    private readonly HashSet<RankedTarget> selected = [];
    private string name = "", leadAgency = "", travelMode = "WALKING", team = "";
    private DateOnly plannedOn = DateOnly.FromDateTime(DateTime.Today.AddDays(7));
    private bool victimsExpected, busy;
    private string? error;

    protected override async Task OnInitializedAsync()
    {
        leadAgency = Session.Account?.Agency ?? "";
        await ChooseKind(kind);
    }

    private async Task ChooseKind(string chosen)
    {
        (kind, areaId) = (chosen, "");
        areas = await Run(Api.AreasOfKind(chosen)) ?? [];
    }

    private async Task LoadTargets()
    {
        selected.Clear();
        ranking = await Run(Api.Targets(areaId));
    }

    private async Task Plan()
    {
        var plan = new VisitPlan(name, null, plannedOn, leadAgency, areaId, travelMode, victimsExpected, TeamLines.Parse(team),
            [.. selected.OrderBy(t => t.Rank).Select(t => new TargetRef(t.Kind, t.PlaceId))]);
        if (await Run(Api.PlanVisit(plan)) is { } visit) Navigation.NavigateTo($"visits/{visit.Id}");
    }

    private async Task<T?> Run<T>(Task<T> call)
    {
        busy = true;
        error = null;
        try
        {
            return await call;
        }
        catch (Exception e) when (e is GraphQLException or HttpRequestException)
        {
            error = e.Message;
            return default;
        }
        finally
        {
            busy = false;
        }
    }
}
