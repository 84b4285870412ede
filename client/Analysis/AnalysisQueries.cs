using System.Text.Json;

namespace Hotspots.Client.Analysis;

/// <summary>What to run; parameters left null take the documented defaults on the server.</summary>
public sealed record AnalysisRequest(string Method, IncidentFilter? Filter = null, double? CellSize = null, double? DistanceBand = null,
    bool? FalseDiscoveryRate = null, double? Radius = null, double? Eps = null, int? MinPoints = null, string? TimeStep = null,
    int? PreviousSteps = null, double? HotSpotAlpha = null, double? TrendAlpha = null, string? Grid = null);

/// <summary>A saved run. Cells and Clusters are GeoJSON FeatureCollections in WGS84, handed to the map as they came.</summary>
public sealed record AnalysisRun(string Id, string Method, List<AnalysisParameter> Parameters, List<string> Explanation, int? IncidentCount,
    bool Generalised, string CreatedBy, DateTimeOffset CreatedAt, JsonElement? Cells, DensitySurface? Density, JsonElement? Clusters,
    List<Hotspot> Hotspots, string Classification, JsonElement? Emerging = null)
{
    /// <summary>A parameter the run reports, e.g. cellSize; null when it has none of that name.</summary>
    public string? Parameter(string name) => Parameters.FirstOrDefault(p => p.Name == name)?.Value;
}

public sealed record AnalysisParameter(string Name, string Value);

/// <summary>Kernel density in British National Grid; PerKm2 holds Columns × Rows values, row by row from the north.</summary>
public sealed record DensitySurface(double MinX, double MinY, double CellSize, int Columns, int Rows, double Maximum, double[] PerKm2);

public sealed record Hotspot(int Number, double Incidents, double AreaKm2, double PeakZ, JsonElement Shape, double? Pai = null,
    double? ShareOfStudyArea = null);

/// <summary>A hotspot saved as an area of kind HOTSPOT, which problem-solving plans can be tied to.</summary>
public sealed record SavedHotspot(string Id, string Name);

/// <summary>What changed between a reopened run and a newer one; Cells is a GeoJSON FeatureCollection with a change per cell.</summary>
public sealed record RunComparison(string EarlierRunId, string LaterRunId, int NewlyHot, int NoLongerHot, int StayedHot, JsonElement Cells,
    List<HotspotComparison> Hotspots, List<string> Summary);

public sealed record HotspotComparison(int? EarlierNumber, int? LaterNumber, string Change, double? AreaChangeKm2, double? CentroidShiftMetres);

public static class AnalysisQueries
{
    private const string Run = """
        id method parameters { name value } explanation incidentCount generalised classification createdBy createdAt cells clusters emerging
        density { minX minY cellSize columns rows maximum perKm2 } hotspots { number incidents areaKm2 peakZ shape pai shareOfStudyArea }
        """;

    public static Task<AnalysisRun> RunAnalysis(this GraphQLClient client, AnalysisRequest request, CancellationToken cancel = default) =>
        client.Field<AnalysisRun>("runAnalysis", $"mutation($request: AnalysisRequest!) {{ runAnalysis(request: $request) {{ {Run} }} }}",
            new { request }, cancel);

    public static Task<AnalysisRun?> AnalysisRun(this GraphQLClient client, string id) =>
        client.Field<AnalysisRun?>("analysisRun", $"query($id: ID!) {{ analysisRun(id: $id) {{ {Run} }} }}", new { id });

    public static Task<RunComparison> CompareAnalysisRuns(this GraphQLClient client, string earlierRunId, string laterRunId) =>
        client.Field<RunComparison>("compareAnalysisRuns", """
            query($earlier: ID!, $later: ID!) { compareAnalysisRuns(earlierRunId: $earlier, laterRunId: $later) {
                earlierRunId laterRunId newlyHot noLongerHot stayedHot cells summary
                hotspots { earlierNumber laterNumber change areaChangeKm2 centroidShiftMetres } } }
            """, new { earlier = earlierRunId, later = laterRunId });

    public static Task<SavedHotspot> SaveHotspot(this GraphQLClient client, string runId, int number, string name) =>
        client.Field<SavedHotspot>("saveHotspot",
            "mutation($runId: ID!, $number: Int!, $name: String!) { saveHotspot(runId: $runId, number: $number, name: $name) { id name } }",
            new { runId, number, name });
}
