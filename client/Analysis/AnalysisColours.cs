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

    /// <summary>Kernel density from 0 to the maximum: ColorBrewer YlOrRd, evenly spaced.</summary>
    public static readonly string[] DensityRamp = ["#ffffb2", "#fecc5c", "#fd8d3c", "#f03b20", "#bd0026"];

    /// <summary>DBSCAN clusters, in turn (ColorBrewer Dark2).</summary>
    public static readonly string[] Clusters = ["#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d", "#666666"];

    public static string Cluster(int number) => Clusters[number % Clusters.Length];
}
