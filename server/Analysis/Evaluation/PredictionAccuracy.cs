namespace Hotspots.Analysis;

/// <summary>
/// A measure that could be computed, or why not: a zero count is reported, never divided by.
/// </summary>
public sealed record Measure(string Name, double? Value, string? Problem)
{
    public static Measure Of(string name, double value) => new(name, value, null);
    public static Measure NotComputed(string name, string problem) => new(name, null, problem);
}

/// <summary>Predictive Accuracy Index (Chainey et al. 2008).</summary>
public static class PredictionAccuracy
{
    /// <summary>PAI = (n/N)/(a/A): n of N later incidents fall in hotspots covering a of the study area A.</summary>
    public static Measure Index(double incidentsInHotspots, double allIncidents, double hotspotArea, double studyArea)
    {
        const string name = "PAI";
        if (allIncidents == 0) return Measure.NotComputed(name, "There are no incidents in the test period (N = 0), so PAI is undefined.");
        if (hotspotArea == 0) return Measure.NotComputed(name, "The hotspots have zero area (a = 0), so PAI is undefined.");
        if (studyArea == 0) return Measure.NotComputed(name, "The study area is zero (A = 0), so PAI is undefined.");
        return Measure.Of(name, incidentsInHotspots / allIncidents / (hotspotArea / studyArea));
    }
}
