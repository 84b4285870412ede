using Hotspots.Client.Api;

namespace Hotspots.Client.Analysis;

/// <summary>The analysis form, with the defaults of the analysis spec filled in; empty boxes take the server's default rule.</summary>
public sealed class AnalysisSettings
{
    public static readonly (string Method, string Name)[] Methods =
    [
        ("OPTIMISED", "Optimised hot spots (one click)"), ("GI_STAR", "Getis-Ord Gi*"),
        ("KERNEL_DENSITY", "Kernel density"), ("DBSCAN", "Density clusters (DBSCAN)"), ("EMERGING", "Emerging hot spots (over time)"),
    ];

    public static readonly (string Shape, string Name)[] Grids = [("SQUARE", "Squares"), ("HEXAGON", "Hexagons (size = centre to centre)")];

    public static readonly (string Step, string Name)[] TimeSteps = [("MONTH", "Month"), ("WEEK", "Week"), ("DAY", "Day")];

    public string Method { get; set; } = "OPTIMISED";
    public double? GiCellSize { get; set; } = 200;
    public double? DistanceBand { get; set; } = 600;
    public bool FalseDiscoveryRate { get; set; }
    public string Grid { get; set; } = "SQUARE";
    public double? Radius { get; set; }
    public double? DensityCellSize { get; set; }
    public double? Eps { get; set; } = 150;
    public int? MinPoints { get; set; } = 8;
    public double? EmergingCellSize { get; set; } = 250;
    public double? EmergingBand { get; set; } = 750;
    public string TimeStep { get; set; } = "MONTH";
    public int? PreviousSteps { get; set; } = 1;
    public double? HotSpotAlpha { get; set; } = 0.10;
    public double? TrendAlpha { get; set; } = 0.05;

    public AnalysisRequest Request(IncidentFilter filter) => Method switch
    {
        "GI_STAR" => new(Method, filter, CellSize: GiCellSize, DistanceBand: DistanceBand, FalseDiscoveryRate: FalseDiscoveryRate,
            Grid: Grid == "SQUARE" ? null : Grid),
        "KERNEL_DENSITY" => new(Method, filter, CellSize: DensityCellSize, Radius: Radius),
        "DBSCAN" => new(Method, filter, Eps: Eps, MinPoints: MinPoints),
        "EMERGING" => new(Method, filter, CellSize: EmergingCellSize, DistanceBand: EmergingBand, TimeStep: TimeStep, PreviousSteps: PreviousSteps,
            HotSpotAlpha: HotSpotAlpha, TrendAlpha: TrendAlpha),
        _ => new(Method, filter),
    };

    public static string NameOf(string method) => Methods.FirstOrDefault(m => m.Method == method).Name ?? method;
}
