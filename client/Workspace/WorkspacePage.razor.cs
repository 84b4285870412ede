using Hotspots.Client.Api;
using Hotspots.Client.Map;
using Microsoft.AspNetCore.Components;

namespace Hotspots.Client.Workspace;

public sealed partial class WorkspacePage
{
    [Inject] private GraphQLClient Api { get; set; } = null!;
    [Inject] private Access.MarkingsInView InView { get; set; } = null!;
    [Inject] private Access.Session Session { get; set; } = null!;

    private MapSettings? settings;
    private List<Area>? areas;
    private List<Premises>? premises;
    private List<RiskBusiness>? riskBusinesses;
    private MapLayer? incidents;
    private MapSelection? selection;
    private IncidentFilter filter = new();
    private AnalysisRun? analysis;
    private RunComparison? comparison;
    private SavedHotspotArea? reshaping;
    private System.Text.Json.JsonElement? reshaped;
    private System.Text.Json.JsonElement? visited;
    private AnalysisLayer? analysisLayer;
    private MapWindow? window;
    private int retries;
    private int loading;
    private string? error;
    private bool filtering;
    private MapView? mapView;
    private MapPicture? printing;
    private bool picturing;

    // Top first. Results sit above the points they summarise; places are off until asked for, as they hide the points.
    private readonly List<LayerChoice> choices =
    [
        new("visited", "Visit outcomes", true), new("analysis", "Analysis result", true), new("incidents", "Incidents and counted cells", true),
        new("riskBusinesses", "Risk businesses", false), new("premises", "Premises", false), new("areas", "District and wards", true),
        new("basemap", "Background map", true),
    ];

    /// <summary>The layers this page has, by name, with their sources (null while loading).</summary>
    private Dictionary<string, object?> Sources()
    {
        var sources = new Dictionary<string, object?>
        {
            ["areas"] = areas, ["premises"] = premises, ["riskBusinesses"] = riskBusinesses, ["incidents"] = incidents?.Features,
        };
        if (settings?.BasemapUrl is not null) sources["basemap"] = settings;
        if (analysisLayer is not null) sources["analysis"] = analysisLayer;
        if (visited is not null) sources["visited"] = visited;
        return sources;
    }

    private bool HasCountedCells => incidents is not null && (incidents.Generalised != "0" || incidents.WithheldCells > 0);

    private HashSet<string> Present => [.. Sources().Keys];

    /// <summary>The layers on the map now: present and switched on.</summary>
    private HashSet<string> Shown => [.. choices.Where(c => c.Visible && Present.Contains(c.Name)).Select(c => c.Name)];

    private List<Layer> Layers()
    {
        var sources = Sources();
        return [.. choices.Where(c => sources.ContainsKey(c.Name))
            .Select(c => new Layer(c.Name, c.Name, sources[c.Name], choices.Count - choices.IndexOf(c), c.Visible, c.Opacity))];
    }

    private string? Count => incidents is null || filtering ? "Loading incidents…"
        : $"{incidents.FullRecords:N0} incidents shown" + (incidents.Generalised == "0" ? "" : $"; {incidents.Generalised} more counted in grid cells")
            + (incidents.WithheldCells == 0 ? "" : $"; {incidents.WithheldCells:N0} cell{(incidents.WithheldCells == 1 ? "" : "s")} with fewer than 5 (withheld)");

    protected override async Task OnInitializedAsync()
    {
        settings = await Load(Api.MapSettings()) ?? new MapSettings(null, null);
        StateHasChanged();
        // The district first, as clusters, so the map never waits on a move; each settled view (Moved) then refines it.
        await Task.WhenAll(
            LoadIncidents(),
            Then(Api.Areas(), a => areas = a),
            Then(Api.Premises(), p => premises = p),
            Then(Api.RiskBusinesses(), b => riskBusinesses = b),
            LoadVisited());
    }

    // Outcomes written back: planners see each visited place ringed by what its last visit found.
    private async Task LoadVisited()
    {
        if (!Access.PageAccess.PlansVisits(Session.Account?.Role)) return;
        try
        {
            visited = await Api.VisitedTargets();
        }
        catch (Exception e) when (e is GraphQLException or HttpRequestException)
        {
            error = e.Message;
        }
        StateHasChanged();
    }

    protected override void OnAfterRender(bool firstRender)
    {
        InView.Show("map", incidents?.Classification);
        InView.Show("analysis", analysis?.Classification);
    }

    private async Task ApplyFilter(IncidentFilter filter)
    {
        selection = null;
        this.filter = filter;
        await LoadIncidents();
    }

    private async Task Moved(MapWindow moved)
    {
        window = moved;
        await LoadIncidents();
    }

    /// <summary>
    /// The incidents in the current window: at district scale a small point budget, so they come as clusters; zoomed to
    /// streets a large one, so each incident shows. Only the latest request's answer is drawn.
    /// </summary>
    private async Task LoadIncidents()
    {
        var request = ++loading;
        filtering = true;
        var budget = window is null or { Resolution: > 20 } ? 5_000 : 25_000;
        var layer = await Load(Api.IncidentMap(filter, window, budget));
        if (request != loading) return;
        if (layer is not null) incidents = layer;
        filtering = false;
        // A failed first load would leave the map waiting for a move the user has no reason to make: try again shortly.
        if (layer is null && incidents is null && retries++ < 3)
        {
            await Task.Delay(2_000);
            if (request == loading) await LoadIncidents();
        }
    }

    private void Select(MapSelection? picked) => selection = picked;

    private async Task OpenPrintLayout()
    {
        if (mapView is null) return;
        picturing = true;
        try
        {
            printing = await mapView.Picture(InView.Highest);
        }
        catch (Microsoft.JSInterop.JSException e)
        {
            error = e.Message;
        }
        finally { picturing = false; }
    }

    private Task ZoomTo(System.Text.Json.JsonElement shape) => mapView?.Fit(shape) ?? Task.CompletedTask;

    private void ShowAnalysis(AnalysisRun? run)
    {
        if (selection?.Layer == "analysisCells") selection = null;
        analysis = run;
        comparison = null;
        analysisLayer = run is null ? null : new AnalysisLayer(run, null);
        choices.Single(c => c.Name == "analysis").Visible = true;
    }

    private void Compare(RunComparison? compared)
    {
        comparison = compared;
        analysisLayer = analysis is null ? null : new AnalysisLayer(analysis, compared?.Cells);
    }

    private void Reshape(SavedHotspotArea? hotspot) => (reshaping, reshaped) = (hotspot, null);

    private async Task Then<T>(Task<T> loading, Action<T> use) where T : class
    {
        if (await Load(loading) is { } value) use(value);
        StateHasChanged();
    }

    private async Task<T?> Load<T>(Task<T> loading) where T : class
    {
        try
        {
            return await loading;
        }
        catch (Exception e) when (e is GraphQLException or HttpRequestException)
        {
            error = e.Message;
            return null;
        }
    }
}

/// <summary>The analysis layer's source: a run, and the cells of its comparison with a newer run, drawn in place of its own.</summary>
public sealed record AnalysisLayer(AnalysisRun Run, System.Text.Json.JsonElement? Changes);
