namespace Hotspots.Client.Analysis;

public sealed record TrendStep(DateOnly Start, SuppressedCount Incidents);

public sealed record IncidentTrend(string Step, List<TrendStep> Steps);

/// <summary>Where a trend counts: one Gi* cell (a British National Grid square) or a saved area.</summary>
public sealed record TrendPlace(double? MinX = null, double? MinY = null, double? MaxX = null, double? MaxY = null, string? AreaId = null);

public sealed record HotspotEvaluation(string RunId, List<AnalysisParameter> Parameters, SuppressedCount LaterInHotspots,
    SuppressedCount LaterIncidents, double HotspotKm2, double StudyKm2, EvaluationMeasure Pai, EvaluationMeasure Rri, List<string> Explanation);

/// <summary>A saved hotspot; Boundary is its GeoJSON (multi)polygon in WGS84, handed to the map as it came.</summary>
public sealed record SavedHotspotArea(string Id, string Name, string? Description, double SquareMetres, string? AnalysisRunId,
    double? HotspotIncidents, double? HotspotPeakZ, double? HotspotPai, System.Text.Json.JsonElement Boundary);

public static class TrendQueries
{
    public static Task<IncidentTrend> IncidentTrend(this GraphQLClient client, IncidentFilter filter, TrendPlace place, string timeStep = "MONTH") =>
        client.Field<IncidentTrend>("incidentTrend",
            "query($filter: IncidentFilter!, $timeStep: TimeStep) { incidentTrend(filter: $filter, timeStep: $timeStep) { step steps { start incidents { value display } } } }",
            new
            {
                timeStep,
                filter = new
                {
                    filter.From, filter.To, filter.ExploitationTypes, filter.VictimAgeGroups, filter.SourceAgencies, place.AreaId,
                    boundingBox = place.MinX is { } minX ? new { minX, minY = place.MinY, maxX = place.MaxX, maxY = place.MaxY, crs = "BRITISH_NATIONAL_GRID" } : null,
                },
            });

    public static Task<HotspotEvaluation> EvaluateHotspots(this GraphQLClient client, string runId, IncidentFilter laterPeriod) =>
        client.Field<HotspotEvaluation>("evaluateHotspots", """
            query($runId: ID!, $later: IncidentFilter!) { evaluateHotspots(runId: $runId, laterPeriod: $later) {
                runId parameters { name value } laterInHotspots { value display } laterIncidents { value display } hotspotKm2 studyKm2
                pai { name value problem } rri { name value problem } explanation } }
            """, new { runId, later = laterPeriod });

    private const string SavedFields = "id name description squareMetres analysisRunId hotspotIncidents hotspotPeakZ hotspotPai boundary";

    public static async Task<List<SavedHotspotArea>> SavedHotspots(this GraphQLClient client) =>
        (await client.Field<SavedHotspotPage>("areas", $"{{ areas(kind: HOTSPOT, first: 200) {{ edges {{ node {{ {SavedFields} }} }} }} }}"))
            .Edges.Select(e => e.Node).ToList();

    public static Task<SavedHotspotArea> UpdateSavedHotspot(this GraphQLClient client, string id, string name, string description) =>
        client.Field<SavedHotspotArea>("updateSavedHotspot",
            $"mutation($id: ID!, $name: String, $description: String) {{ updateSavedHotspot(id: $id, name: $name, description: $description) {{ {SavedFields} }} }}",
            new { id, name, description });

    /// <summary>Saves a reshaped boundary (GeoJSON in WGS84); the server checks it and recounts the hotspot's figures.</summary>
    /// <remarks>The boundary goes inline as a string, not as a variable: a variable the GeoJSON scalar refuses comes back
    /// without the scalar's reason (e.g. Self-intersection), which the analyst needs to see.</remarks>
    public static Task<SavedHotspotArea> ReshapeSavedHotspot(this GraphQLClient client, string id, System.Text.Json.JsonElement boundary) =>
        client.Field<SavedHotspotArea>("updateSavedHotspot",
            $"mutation($id: ID!) {{ updateSavedHotspot(id: $id, boundary: {System.Text.Json.JsonSerializer.Serialize(boundary.GetRawText())}) {{ {SavedFields} }} }}",
            new { id });

    public static Task<bool> DeleteSavedHotspot(this GraphQLClient client, string id) =>
        client.Field<bool>("deleteSavedHotspot", "mutation($id: ID!) { deleteSavedHotspot(id: $id) }", new { id });

    private sealed record SavedHotspotPage(List<SavedHotspotEdge> Edges);
    private sealed record SavedHotspotEdge(SavedHotspotArea Node);
}
