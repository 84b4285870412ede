namespace Hotspots.Client.Workspace;

/// <summary>A layer as the user has set it in the layer panel: shown or not, how opaque. The panel's order is the map's, top first.</summary>
public sealed class LayerChoice(string name, string title, bool visible)
{
    public string Name { get; } = name;
    public string Title { get; } = title;
    public bool Visible { get; set; } = visible;
    public double Opacity { get; set; } = 1;
}
