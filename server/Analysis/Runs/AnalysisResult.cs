using Hotspots.Incidents;

namespace Hotspots.Analysis;

/// <summary>A density surface in British National Grid: values per km², row by row from the north.</summary>
public sealed record DensitySurface(double MinX, double MinY, double CellSize, int Columns, int Rows, double Maximum, double[] PerKm2);

/// <param name="Pai">(n/N)/(a/A): its incidents n of the run's N over its area a of the study area A (the analysed cells).</param>
/// <param name="ShareOfStudyArea">a/A, 0–1.</param>
public sealed record HotspotSummary(int Number, double Incidents, double AreaKm2, double PeakZ, string Shape, double? Pai = null,
    double? ShareOfStudyArea = null)
{
    /// <summary>A hotspot larger than this share of the study area is flagged: it is a region, not a place to act on.</summary>
    public const double LargeShare = 0.05;
}

/// <summary>The grid a Gi* run analysed, kept so later incidents can be counted on the same cells.</summary>
public sealed record AnalysedGrid(double X0, double Y0, double CellSize, int Cols, int Rows, int AnalysedCells, string Shape = "square")
{
    public static AnalysedGrid Of(GiStarResult gi) => gi.Grid switch
    {
        SquareGrid g => new(g.X0, g.Y0, g.CellSize, g.Cols, g.Rows, gi.AnalysedCells),
        HexagonGrid g => new(g.X0, g.Y0, g.CellSize, g.Cols, g.Rows, gi.AnalysedCells, g.Shape),
        var g => throw new NotSupportedException($"A {g.Shape} grid cannot be kept."),
    };

    public SquareGrid Square => new(X0, Y0, CellSize, Cols, Rows);
}

/// <summary>What a run found, as stored and as reopened. GeoJSON is WGS84 text.</summary>
public sealed record AnalysisResult(string? Cells, DensitySurface? Density, string? Clusters, IReadOnlyList<HotspotSummary> Hotspots,
    string? Emerging = null, AnalysedGrid? Grid = null);

public sealed record AnalysisParameter(string Name, string Value);

public sealed record AnalysisRun(long Id, AnalysisMethod Method, IReadOnlyList<AnalysisParameter> Parameters,
    IReadOnlyList<string> Explanation, int IncidentCount, bool Generalised, string CreatedBy, DateTimeOffset CreatedAt, AnalysisResult Result,
    Sensitivity Classification);
