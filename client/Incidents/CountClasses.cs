namespace Hotspots.Client.Incidents;

/// <summary>
/// The shades of counted cells (records the viewer may only count), shared by the map (Map/cells.mjs) and the legend.
/// A teal ramp, so a shaded square is not read as an exploitation type's dot; a withheld count (fewer than the
/// threshold) is hatched grey, because it is no number rather than a low one.
/// </summary>
public static class CountClasses
{
    /// <summary>Highest first: a cell takes the first class its count reaches.</summary>
    public static readonly (int From, string Colour, string Name)[] All =
    [
        (50, "#0b5d57", "50 or more"),
        (20, "#2a9d8f", "20 to 49"),
        (10, "#7fc9bf", "10 to 19"),
        (0, "#d0eeea", "Up to 9"),
    ];
}
