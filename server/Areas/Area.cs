namespace Hotspots.Areas;

public enum AreaKind { District, Ward, Lsoa, Custom, Hotspot }

/// <summary>A named polygon: the district, a ward or LSOA, an area drawn by a user, or a hotspot saved from analysis.</summary>
public sealed record Area(long Id, string? Code, string Name, AreaKind Kind, string Boundary, double SquareMetres,
    long? AnalysisRunId = null, double? HotspotIncidents = null, double? HotspotPeakZ = null, string? Description = null,
    double? HotspotPai = null);
