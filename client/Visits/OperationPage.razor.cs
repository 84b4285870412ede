using Hotspots.Client.Access;
using Hotspots.Client.Api;
using Hotspots.Client.Map;
using Microsoft.AspNetCore.Components;

namespace Hotspots.Client.Visits;

public sealed partial class OperationPage
{
    [Inject] private GraphQLClient Api { get; set; } = null!;
    [Inject] private SignedFiles Files { get; set; } = null!;
    [Inject] private Device Device { get; set; } = null!;
    [Inject] private Access.MarkingsInView InView { get; set; } = null!;
    [Inject] private Session Session { get; set; } = null!;
    [Inject] private OfflineCopy Copy { get; set; } = null!;
    [Parameter] public string Id { get; set; } = "";

    private Visit? visit;
    private MapRoute? route;
    private MapSettings? settings;

    private List<Layer> RouteLayers(MapRoute shown) => [.. Layer.Basemap(settings), new("route", "route", shown, 1)];
    private List<PlanSummary> planChoices = [];
    private TargetRanking? candidates;
    private readonly HashSet<RankedTarget> adding = [];
    private bool loaded, busy;
    private string? open, error;

    private bool Planner => PageAccess.PlansVisits(Session.Account?.Role);

    protected override async Task OnParametersSetAsync()
    {
        settings = await Run(() => Api.MapSettings()) ?? new MapSettings(null, null);
        await Reload();
        loaded = true;
        if (Planner) planChoices = [.. (await Run(() => Api.Groups()) ?? []).SelectMany(g => g.Plans)];
    }

    private async Task Reload()
    {
        if (await Run(() => Copy.Read($"visit.{Id}", () => Api.Visit(Id))) is { } read) Show(read);
    }

    private void Show(Visit read)
    {
        visit = read;
        route = new MapRoute(read.Area, [.. read.Route.Select(s => new MapStop(s.Target.Id, s.Position, s.Target.Name, s.Target.Location))]);
    }

    private bool Recorded(RouteStop stop) => visit!.Outcomes.Any(o => o.VisitTargetId == stop.Target.Id);

    private async Task Change(object changes)
    {
        busy = true;
        if (await Run(() => Api.UpdateVisit(Id, visit!.Version, changes)) is { } changed) Show(changed);
        busy = false;
    }

    private Task Move(RouteStop stop, int by)
    {
        var order = visit!.Route.Select(s => s.Target.Id).ToList();
        var from = order.IndexOf(stop.Target.Id);
        (order[from], order[from + by]) = (order[from + by], order[from]);
        return Change(new { routeOrder = order });
    }

    private async Task LoadCandidates()
    {
        adding.Clear();
        var onRoute = visit!.Route.Select(s => (s.Target.Kind, s.Target.PlaceId)).ToHashSet();
        if (await Run(() => Api.TargetsWithin(visit.Area)) is { } ranking)
            candidates = ranking with { Targets = [.. ranking.Targets.Where(t => !onRoute.Contains((t.Kind, t.PlaceId)))] };
    }

    private async Task AddTargets()
    {
        await Change(new { addTargets = adding.OrderBy(t => t.Rank).Select(t => new TargetRef(t.Kind, t.PlaceId)).ToList() });
        if (error is null) candidates = null;
    }

    protected override void OnAfterRender(bool firstRender) => InView.Show("operation", visit?.Classification);

    private static string Distance(double metres) => metres >= 1000 ? $"{metres / 1000:0.0} km" : $"{metres:0} m";

    private static string Time(string time) => time.Length >= 5 ? time[..5] : time;

    private Task OpenBriefing() => Run(async () =>
    {
        var file = await Files.Get($"visits/{Id}/briefing");
        await Device.Open(file.Bytes, file.ContentType);
        return file;
    });

    private Task Download(string path, string extension) => Run(async () =>
    {
        var file = await Files.Get($"visits/{Id}/{path}");
        await Device.Save(file.Bytes, file.ContentType, $"operation-{Id}.{extension}");
        return file;
    });

    private async Task<T?> Run<T>(Func<Task<T>> call)
    {
        error = null;
        try
        {
            return await call();
        }
        catch (HttpRequestException) when (visit is not null)
        {
            // No signal, but the copy kept on the phone is showing: the offline banner says so.
            return default;
        }
        catch (Exception e) when (e is GraphQLException or HttpRequestException)
        {
            error = e.Message;
            return default;
        }
    }
}
