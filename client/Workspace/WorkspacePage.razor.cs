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
    private string? error;
    private bool filtering;
    private readonly Dictionary<string, bool> visible = new() { ["areas"] = true, ["premises"] = true, ["riskBusinesses"] = true, ["incidents"] = true };

    private string? Count => incidents is null || filtering ? "Loading incidents…"
        : $"{incidents.FullRecords:N0} incidents shown" + (incidents.Generalised == "0" ? "" : $"; {incidents.Generalised} more counted in grid cells")
            + (incidents.WithheldCells == 0 ? "" : $"; {incidents.WithheldCells:N0} cell{(incidents.WithheldCells == 1 ? "" : "s")} with fewer than 5 (withheld)");

    protected override async Task OnInitializedAsync()
    {
        settings = await Load(Api.MapSettings()) ?? new MapSettings(null, null);
        if (settings.BasemapUrl is not null) visible["basemap"] = true;
        StateHasChanged();
        await Task.WhenAll(
            Then(Api.Areas(), a => areas = a),
            Then(Api.Premises(), p => premises = p),
            Then(Api.RiskBusinesses(), b => riskBusinesses = b),
            Then(Api.IncidentMap(new IncidentFilter()), i => incidents = i),
            LoadVisited());
    }

    // Outcomes written back: planners see each visited place ringed by what its last visit found.
    private async Task LoadVisited()
    {
        if (!Access.PageAccess.PlansVisits(Session.Account?.Role)) return;
        try
        {
            visited = await Api.VisitedTargets();
            visible["visited"] = true;
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
        filtering = true;
        if (await Load(Api.IncidentMap(filter)) is { } layer) incidents = layer;
        filtering = false;
    }

    private void Select(MapSelection? picked) => selection = picked;

    private void ShowAnalysis(AnalysisRun? run)
    {
        if (selection?.Layer == "analysisCells") selection = null;
        analysis = run;
        comparison = null;
        visible["analysis"] = true;
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
