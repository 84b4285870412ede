using System.Text.Json;
using Hotspots.Client.Access;
using Hotspots.Client.Api;
using Hotspots.Client.Areas;
using Hotspots.Client.Map;
using Hotspots.Client.Problems;
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
    private JsonElement? areaShape;
    private readonly HashSet<RankedTarget> selected = [];
    private string name = "", leadAgency = "", travelMode = "WALKING", planId = "";
    private DateOnly plannedOn = DateOnly.FromDateTime(DateTime.Today.AddDays(7));
    private TimeOnly startsAt = new(9, 0);
    private bool victimsExpected, busy;
    private string? error, meetingPlace;
    private JsonElement? meetingPoint;
    private MapSettings? settings;
    private List<Agency> agencies = [];
    private List<TeamChoice> teamChoices = [];
    private List<PlanSummary> plans = [];
    private readonly List<TeamMemberChoice> team = [];
    private readonly List<SafeguardingContact> contacts = [];

    protected override async Task OnInitializedAsync()
    {
        leadAgency = Session.Account?.Agency ?? "";
        await ChooseKind(kind);
        agencies = await Run(Api.Agencies()) ?? [];
        teamChoices = await Run(Api.TeamChoices()) ?? [];
        plans = [.. (await Run(Api.Groups()) ?? []).SelectMany(g => g.Plans)];
        settings = await Run(Api.MapSettings());
    }

    private async Task ChooseKind(string chosen)
    {
        (kind, areaId) = (chosen, "");
        areas = await Run(Api.AreasOfKind(chosen)) ?? [];
    }

    private async Task LoadTargets()
    {
        selected.Clear();
        (meetingPoint, meetingPlace) = (null, null);
        ranking = await Run(Api.Targets(areaId));
        areaShape = (await Run(Api.AreaBoundary(areaId)))?.Boundary;
    }

    // The area and the chosen targets, numbered in ranking order until the route is worked out on saving.
    private List<Layer> PlanLayers(JsonElement area) =>
    [
        .. Layer.Basemap(settings),
        new("route", "route", new MapRoute(area, [.. selected.Where(t => t.Location is not null).OrderBy(t => t.Rank)
            .Select((t, i) => new MapStop(t.PlaceId, i + 1, t.Name, t.Location!.Value))]), 1),
    ];

    private void Meet(MapPlacement place) => (meetingPoint, meetingPlace) = (place.Geometry, place.Location.Replace("Point at ", ""));

    private async Task Plan()
    {
        var plan = new VisitPlan(name, null, plannedOn, leadAgency, areaId, travelMode, victimsExpected, team,
            [.. selected.OrderBy(t => t.Rank).Select(t => new TargetRef(t.Kind, t.PlaceId))],
            startsAt.ToString("HH:mm:ss"), meetingPoint, [.. contacts.Where(c => !string.IsNullOrWhiteSpace(c.Name))], planId.Length > 0 ? planId : null);
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
