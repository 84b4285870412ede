using Hotspots.Client.Analysis;
using Hotspots.Client.Api;
using Hotspots.Client.Incidents;
using Hotspots.Client.Places;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace Hotspots.Client.Map;

/// <summary>The OpenLayers map (Map/map.mjs). Give it data as parameters; it tells which feature the user picked.</summary>
public sealed partial class MapView : IAsyncDisposable
{
    [Inject] private IJSRuntime JS { get; set; } = null!;
    [Parameter, EditorRequired] public MapSettings Settings { get; set; } = null!;
    [Parameter] public IReadOnlyList<Area>? Areas { get; set; }
    [Parameter] public IReadOnlyList<Premises>? Premises { get; set; }
    [Parameter] public IReadOnlyList<RiskBusiness>? RiskBusinesses { get; set; }
    [Parameter] public MapLayer? Incidents { get; set; }
    [Parameter] public IReadOnlyList<Annotation>? Annotations { get; set; }
    [Parameter] public AnalysisRun? Analysis { get; set; }
    /// <summary>Cells of a run comparison (compareAnalysisRuns), coloured by how they changed.</summary>
    [Parameter] public System.Text.Json.JsonElement? Comparison { get; set; }
    /// <summary>A saved hotspot's boundary to reshape: its corners can be dragged, and each change comes back through OnReshaped.</summary>
    [Parameter] public System.Text.Json.JsonElement? Reshaping { get; set; }
    [Parameter] public EventCallback<System.Text.Json.JsonElement> OnReshaped { get; set; }
    /// <summary>An operation's area and numbered route; a map given only this is ready once it is drawn.</summary>
    [Parameter] public MapRoute? Route { get; set; }
    /// <summary>Visited places (visitedTargetsMap), ringed by what the last visit found.</summary>
    [Parameter] public System.Text.Json.JsonElement? Visited { get; set; }
    [Parameter] public IReadOnlyDictionary<string, bool> Visible { get; set; } = new Dictionary<string, bool>();
    [Parameter] public EventCallback<MapSelection?> OnSelect { get; set; }
    /// <summary>"point": a click places a new annotation; "area": the user draws its polygon; null: clicks pick features.</summary>
    [Parameter] public string? Placing { get; set; }
    /// <summary>Where the annotation being written will go (GeoJSON in WGS84), drawn until it is saved.</summary>
    [Parameter] public System.Text.Json.JsonElement? Draft { get; set; }
    [Parameter] public EventCallback<MapPlacement> OnPlace { get; set; }

    private ElementReference element, readout;
    private IJSObjectReference? module, map;
    private DotNetObjectReference<MapView>? self;
    private readonly Dictionary<string, object?> drawn = [];
    private bool syncing, again, ready;

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        // Renders can arrive while a slow call (a large incident layer) is still going: the running loop picks them up.
        if (syncing) { again = true; return; }
        syncing = true;
        try
        {
            do { again = false; await Sync(); } while (again);
        }
        finally { syncing = false; }
    }

    private async Task Sync()
    {
        if (map is null)
        {
            module = await JS.InvokeAsync<IJSObjectReference>("import", "./map/map.js");
            self = DotNetObjectReference.Create(this);
            map = await module.InvokeAsync<IJSObjectReference>("createMap", element, readout, Options(), self);
        }
        await Draw("setAreas", Areas);
        await Draw("setPremises", Premises);
        await Draw("setRiskBusinesses", RiskBusinesses);
        await Draw("setIncidents", Incidents?.Features);
        await Draw("setRoute", Route);
        await Draw("setVisited", Visited);
        await Draw("setAnnotations", Annotations);
        if (!ReferenceEquals(drawn.GetValueOrDefault("setAnalysis"), Analysis) && (Analysis is not null || drawn.ContainsKey("setAnalysis")))
        {
            drawn["setAnalysis"] = Analysis;
            await map.InvokeVoidAsync("setAnalysis", Analysis);
        }
        await Change("setComparison", Comparison);
        await Change("setReshaping", Reshaping);
        await Change("setPlacing", Placing);
        await Change("setDraft", Draft);
        foreach (var (layer, visible) in Visible)
            if (!Equals(drawn.GetValueOrDefault("visible:" + layer), visible))
            {
                drawn["visible:" + layer] = visible;
                await map.InvokeVoidAsync("setVisible", layer, visible);
            }
        if (!ready && (Route is not null || (Areas is not null && Premises is not null && RiskBusinesses is not null && Incidents is not null)))
        {
            ready = true;
            await map.InvokeVoidAsync("markReady");
        }
    }

    private async Task Draw(string method, object? data)
    {
        if (data is null || Equals(drawn.GetValueOrDefault(method), data)) return;
        drawn[method] = data;
        await map!.InvokeVoidAsync(method, data);
    }

    /// <summary>Like Draw, but null is sent too: it clears what was drawn.</summary>
    private async Task Change(string method, object? data)
    {
        if (Equals(drawn.GetValueOrDefault(method), data)) return;
        drawn[method] = data;
        await map!.InvokeVoidAsync(method, data);
    }

    private object Options() => new
    {
        incidentColours = ExploitationTypes.Colours.ToDictionary(c => c.Key.ToLowerInvariant(), c => c.Value),
        premisesColours = PlaceKinds.UseColours,
        sectorColours = PlaceKinds.SectorColours,
        analysisColours = new
        {
            giStarBins = AnalysisColours.GiStarBins.ToDictionary(b => b.Bin.ToString(System.Globalization.CultureInfo.InvariantCulture), b => b.Colour),
            densityRamp = AnalysisColours.DensityRamp,
            clusters = AnalysisColours.Clusters,
            emergingPatterns = AnalysisColours.EmergingPatterns.ToDictionary(p => p.Pattern, p => p.Colour),
            changes = AnalysisColours.Changes.ToDictionary(c => c.Change, c => c.Colour),
        },
        basemapUrl = Settings.BasemapUrl,
        attribution = Settings.Attribution,
    };

    [JSInvokable]
    public Task Select(string? layer, string? id) => OnSelect.InvokeAsync(layer is null || id is null ? null : new MapSelection(layer, id));

    [JSInvokable]
    public Task Reshaped(string geometry) => OnReshaped.InvokeAsync(System.Text.Json.JsonDocument.Parse(geometry).RootElement.Clone());

    [JSInvokable]
    public Task Place(System.Text.Json.JsonElement geometry, string location) => OnPlace.InvokeAsync(new MapPlacement(geometry, location));

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (map is not null) await map.InvokeVoidAsync("dispose");
            if (map is not null) await map.DisposeAsync();
            if (module is not null) await module.DisposeAsync();
        }
        catch (JSDisconnectedException)
        {
            // The page is going away with the map.
        }
        self?.Dispose();
    }
}

/// <summary>An operation for the map: its area and its stops in visiting order (GeoJSON in WGS84).</summary>
public sealed record MapRoute(System.Text.Json.JsonElement Area, IReadOnlyList<MapStop> Stops);

public sealed record MapStop(string Id, int Position, string Name, System.Text.Json.JsonElement Location);

/// <summary>Where the user placed something on the map (GeoJSON in WGS84) and that place in words, e.g. its grid reference.</summary>
public sealed record MapPlacement(System.Text.Json.JsonElement Geometry, string Location);

/// <summary>A feature the user clicked: its layer (areas, premises, riskBusinesses, incidents, incidentCells, incidentClusters, analysisCells) and id.</summary>
public sealed record MapSelection(string Layer, string Id);
