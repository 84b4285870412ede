using Hotspots.Incidents;

namespace Hotspots.Analysis;

/// <summary>A density surface in British National Grid: values per km², row by row from the north.</summary>
public sealed record DensitySurface(double MinX, double MinY, double CellSize, int Columns, int Rows, double Maximum, double[] PerKm2);

public sealed record HotspotSummary(int Number, double Incidents, double AreaKm2, double PeakZ, string Shape);

/// <summary>What a run found, as stored and as reopened. GeoJSON is WGS84 text.</summary>
public sealed record AnalysisResult(string? Cells, DensitySurface? Density, string? Clusters, IReadOnlyList<HotspotSummary> Hotspots);

public sealed record AnalysisParameter(string Name, string Value);

public sealed record AnalysisRun(long Id, AnalysisMethod Method, IReadOnlyList<AnalysisParameter> Parameters,
    IReadOnlyList<string> Explanation, int IncidentCount, bool Generalised, string CreatedBy, DateTimeOffset CreatedAt, AnalysisResult Result,
    Sensitivity Classification);
