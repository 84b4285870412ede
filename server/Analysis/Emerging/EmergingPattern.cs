namespace Hotspots.Analysis;

/// <summary>The ArcGIS Pro Emerging Hot Spot Analysis categories (rules in docs/analysis-methods.md).</summary>
public enum EmergingPattern
{
    NoPattern,
    NewHotSpot, ConsecutiveHotSpot, IntensifyingHotSpot, PersistentHotSpot, DiminishingHotSpot,
    SporadicHotSpot, OscillatingHotSpot, HistoricalHotSpot,
    NewColdSpot, ConsecutiveColdSpot, IntensifyingColdSpot, PersistentColdSpot, DiminishingColdSpot,
    SporadicColdSpot, OscillatingColdSpot, HistoricalColdSpot,
}

public static class EmergingPatternLabels
{
    /// <summary>The wording ArcGIS Pro uses, e.g. "New Hot Spot", "No Pattern Detected".</summary>
    public static string Label(this EmergingPattern pattern) => pattern switch
    {
        EmergingPattern.NoPattern => "No Pattern Detected",
        _ => System.Text.RegularExpressions.Regex.Replace(pattern.ToString(), "(?<=[a-z])(?=[A-Z])", " "),
    };
}
