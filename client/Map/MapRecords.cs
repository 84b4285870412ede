namespace Hotspots.Client.Map;

/// <summary>
/// One layer of a map: a source and a style, as OpenLayers and Mapsui see layers. Style is a key of Map/layers.mjs
/// (basemap, areas, premises, riskBusinesses, annotations, incidents, analysis, route, visited) saying how to read and
/// draw Source; Name identifies the layer (and its data-NAME-drawn count). Higher Order is drawn on top. A null Source
/// is still loading.
/// </summary>
public sealed record Layer(string Name, string Style, object? Source, int Order, bool Visible = true, double Opacity = 1)
{
    /// <summary>The configured background map (Hotspots__Basemap__Url) at the bottom, or none when none is configured.</summary>
    public static IEnumerable<Layer> Basemap(Areas.MapSettings? settings) =>
        settings?.BasemapUrl is null ? [] : [new Layer("basemap", "basemap", settings, 0)];
}

/// <summary>The view the user settled on, in British National Grid metres, and its metres per pixel.</summary>
public sealed record MapWindow(double MinX, double MinY, double MaxX, double MaxY, double Resolution);

/// <summary>An operation for the map: its area and its stops in visiting order (GeoJSON in WGS84).</summary>
public sealed record MapRoute(System.Text.Json.JsonElement Area, IReadOnlyList<MapStop> Stops);

public sealed record MapStop(string Id, int Position, string Name, System.Text.Json.JsonElement Location);

/// <summary>Where the user placed something on the map (GeoJSON in WGS84) and that place in words, e.g. its grid reference.</summary>
public sealed record MapPlacement(System.Text.Json.JsonElement Geometry, string Location);

/// <summary>A feature the user clicked: its layer (areas, premises, riskBusinesses, incidents, incidentCells, incidentClusters, analysisCells) and id.</summary>
public sealed record MapSelection(string Layer, string Id);

/// <summary>
/// The map as a PNG data URL (and a copy with its marking above and below, to save), its size in CSS pixels, and a scale
/// bar that fits it (metres long, pixels wide).
/// </summary>
public sealed record MapPicture(string Png, string MarkedPng, double Width, double Height, double MetresPerPixel, ScaleBar ScaleBar);

public sealed record ScaleBar(double Metres, double Pixels);
