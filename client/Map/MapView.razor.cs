using Hotspots.Client.Analysis;
using Hotspots.Client.Incidents;
using Hotspots.Client.Places;
using Microsoft.AspNetCore.Components;
using Microsoft.JSInterop;

namespace Hotspots.Client.Map;

/// <summary>The OpenLayers map (Map/map.mjs). Give it the page's layers; it tells which feature the user picked and where they look.</summary>
public sealed partial class MapView : IAsyncDisposable
{
    [Inject] private IJSRuntime JS { get; set; } = null!;
    /// <summary>What to draw. A layer whose source is still null is loading: the map says it is ready once none is.</summary>
    [Parameter, EditorRequired] public IReadOnlyList<Layer> Layers { get; set; } = [];
    [Parameter] public EventCallback<MapSelection?> OnSelect { get; set; }
    /// <summary>Each settled view after a pan or zoom: ask for finer data there.</summary>
    [Parameter] public EventCallback<MapWindow> OnMove { get; set; }
    /// <summary>A saved hotspot's boundary to reshape: its corners can be dragged, and each change comes back through OnReshaped.</summary>
    [Parameter] public System.Text.Json.JsonElement? Reshaping { get; set; }
    [Parameter] public EventCallback<System.Text.Json.JsonElement> OnReshaped { get; set; }
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
        var layers = Layers;
        var arrangement = layers.Select(l => new LayerArrangement(l.Name, l.Order, l.Visible, l.Opacity)).ToList();
        await Change("setLayers", arrangement, string.Join(';', arrangement));
        foreach (var layer in layers)
            if (layer.Source is not null && !ReferenceEquals(drawn.GetValueOrDefault("layer:" + layer.Name), layer.Source))
            {
                drawn["layer:" + layer.Name] = layer.Source;
                await map.InvokeVoidAsync("updateLayer", layer.Name, layer.Style, layer.Source);
            }
        foreach (var gone in drawn.Keys.Where(k => k.StartsWith("layer:", StringComparison.Ordinal) && layers.All(l => "layer:" + l.Name != k)).ToList())
            drawn.Remove(gone);
        await Change("setReshaping", Reshaping);
        await Change("setPlacing", Placing);
        await Change("setDraft", Draft);
        if (!ready && layers.Count > 0 && layers.All(l => l.Source is not null))
        {
            ready = true;
            await map.InvokeVoidAsync("markReady");
        }
    }

    /// <summary>Sends data when it differs from what was sent last (by key, or by the data itself); null is sent too: it clears.</summary>
    private async Task Change(string method, object? data, object? key = null)
    {
        key ??= data;
        if (drawn.ContainsKey(method) && Equals(drawn[method], key)) return;
        drawn[method] = key;
        await map!.InvokeVoidAsync(method, data);
    }

    private object Options() => new
    {
        incidentColours = ExploitationTypes.Colours.ToDictionary(c => c.Key.ToLowerInvariant(), c => c.Value),
        countClasses = CountClasses.All.Select(c => new { from = c.From, colour = c.Colour }),
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
    };

    [JSInvokable]
    public Task Select(string? layer, string? id) => OnSelect.InvokeAsync(layer is null || id is null ? null : new MapSelection(layer, id));

    [JSInvokable]
    public Task Moved(double[] box, double resolution) => OnMove.InvokeAsync(new MapWindow(box[0], box[1], box[2], box[3], resolution));

    [JSInvokable]
    public Task Reshaped(string geometry) => OnReshaped.InvokeAsync(System.Text.Json.JsonDocument.Parse(geometry).RootElement.Clone());

    [JSInvokable]
    public Task Place(System.Text.Json.JsonElement geometry, string location) => OnPlace.InvokeAsync(new MapPlacement(geometry, location));

    /// <summary>The map as drawn now, for the print layout; null before the map exists.</summary>
    public async Task<MapPicture?> Picture(string marking) => map is null ? null : await map.InvokeAsync<MapPicture>("picture", marking);

    /// <summary>Fits the view to a shape (GeoJSON in WGS84), e.g. a hotspot the analyst asked to zoom to.</summary>
    public async Task Fit(System.Text.Json.JsonElement shape)
    {
        if (map is not null) await map.InvokeVoidAsync("fitShape", shape);
    }

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

    private sealed record LayerArrangement(string Name, int Order, bool Visible, double Opacity);
}
