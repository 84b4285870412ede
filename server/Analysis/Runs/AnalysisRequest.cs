using Hotspots.Incidents;

namespace Hotspots.Analysis;

public enum AnalysisMethod { GiStar, Optimised, KernelDensity, Dbscan, Emerging }

/// <summary>The cells Gi* counts in: the spec's squares, or hexagons as a separate, named option.</summary>
public enum GridShape { Square, Hexagon }

/// <summary>What an analyst asks for: a method, its parameters (defaults where left out) and which incidents.</summary>
public sealed record AnalysisRequest(
    AnalysisMethod Method,
    IncidentFilter? Filter = null,
    double? CellSize = null,
    double? DistanceBand = null,
    bool? FalseDiscoveryRate = null,
    double? Radius = null,
    double? Eps = null,
    int? MinPoints = null,
    long? BoundaryAreaId = null,
    TimeStep? TimeStep = null,
    int? PreviousSteps = null,
    double? HotSpotAlpha = null,
    double? TrendAlpha = null,
    GridShape? Grid = null);
