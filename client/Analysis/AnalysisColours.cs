namespace Hotspots.Client.Analysis;

/// <summary>The colours of analysis results, shared by the map (Map/analysis.mjs) and the legend.</summary>
public static class AnalysisColours
{
    /// <summary>
    /// Gi* confidence bins −3…3 in ColorBrewer RdBu (7 classes), the red/blue diverging scheme hot spot maps use.
    /// Not significant cells are left unfilled so the areas beneath stay readable.
    /// </summary>
    public static readonly (int Bin, string Colour, string Name)[] GiStarBins =
    [
        (3, "#b2182b", "Hot spot, 99 % confidence"),
        (2, "#ef8a62", "Hot spot, 95 % confidence"),
        (1, "#fddbc7", "Hot spot, 90 % confidence"),
        (0, "transparent", "Not significant"),
        (-1, "#d1e5f0", "Cold spot, 90 % confidence"),
        (-2, "#67a9cf", "Cold spot, 95 % confidence"),
        (-3, "#2166ac", "Cold spot, 99 % confidence"),
    ];

    /// <summary>
    /// Emerging hot spot patterns (ArcGIS Pro's classes and wording): hot patterns in reds and oranges, strongest first, cold
    /// twins in blues; no pattern is left unfilled.
    /// </summary>
    public static readonly (string Pattern, string Colour, string Name)[] EmergingPatterns =
    [
        ("NEW_HOT_SPOT", "#67000d", "New hot spot"), ("CONSECUTIVE_HOT_SPOT", "#a50f15", "Consecutive hot spot"),
        ("INTENSIFYING_HOT_SPOT", "#d7301f", "Intensifying hot spot"), ("PERSISTENT_HOT_SPOT", "#ef6548", "Persistent hot spot"),
        ("DIMINISHING_HOT_SPOT", "#fc8d59", "Diminishing hot spot"), ("SPORADIC_HOT_SPOT", "#fdbb84", "Sporadic hot spot"),
        ("OSCILLATING_HOT_SPOT", "#fdd49e", "Oscillating hot spot"), ("HISTORICAL_HOT_SPOT", "#fee8c8", "Historical hot spot"),
        ("NEW_COLD_SPOT", "#08306b", "New cold spot"), ("CONSECUTIVE_COLD_SPOT", "#08519c", "Consecutive cold spot"),
        ("INTENSIFYING_COLD_SPOT", "#2171b5", "Intensifying cold spot"), ("PERSISTENT_COLD_SPOT", "#4292c6", "Persistent cold spot"),
        ("DIMINISHING_COLD_SPOT", "#6baed6", "Diminishing cold spot"), ("SPORADIC_COLD_SPOT", "#9ecae1", "Sporadic cold spot"),
        ("OSCILLATING_COLD_SPOT", "#c6dbef", "Oscillating cold spot"), ("HISTORICAL_COLD_SPOT", "#deebf7", "Historical cold spot"),
        ("NO_PATTERN", "transparent", "No pattern detected"),
    ];

    public static string PatternName(string pattern) => EmergingPatterns.FirstOrDefault(p => p.Pattern == pattern).Name ?? pattern;

    /// <summary>A reopened run against a newer one: cells hot at 95 % or more that became, stayed or stopped being hot.</summary>
    public static readonly (string Change, string Colour, string Name)[] Changes =
    [
        ("NEWLY_HOT", "#e31a1c", "Newly hot"), ("STAYED_HOT", "#7a0177", "Stayed hot"), ("NO_LONGER_HOT", "#1f78b4", "No longer hot"),
    ];

    /// <summary>Kernel density from 0 to the maximum: ColorBrewer YlOrRd, evenly spaced.</summary>
    public static readonly string[] DensityRamp = ["#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026"];

    /// <summary>DBSCAN clusters, in turn (ColorBrewer Dark2).</summary>
    public static readonly string[] Clusters = ["#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d", "#666666"];

    public static string Cluster(int number) => Clusters[number % Clusters.Length];
}
