namespace Hotspots.Analysis;

/// <summary>
/// Classifies one cell from its per-step significance (+1 hot, −1 cold, 0 neither) and the
/// Mann–Kendall trend of its z-series, following the ArcGIS Pro category definitions.
/// </summary>
public static class EmergingPatterns
{
    /// <summary>Share of steps that must be significant for persistent, intensifying, diminishing and historical.</summary>
    public const double MostSteps = 0.90;

    public static EmergingPattern Classify(ReadOnlySpan<int> significance, MannKendallResult trend, double trendAlpha)
    {
        var hot = Classify(significance, trend, trendAlpha, +1);
        return hot != EmergingPattern.NoPattern ? hot : Classify(significance, trend, trendAlpha, -1);
    }

    static EmergingPattern Classify(ReadOnlySpan<int> s, MannKendallResult trend, double trendAlpha, int sign)
    {
        int steps = s.Length, last = steps - 1;
        int matching = 0, opposite = 0;
        foreach (int v in s) { if (v == sign) matching++; else if (v == -sign) opposite++; }
        bool finalMatches = s[last] == sign;
        bool trendSignificant = trend.P <= trendAlpha;
        bool cold = sign < 0;

        if (matching >= MostSteps * steps)
        {
            if (!finalMatches) return Pick(cold, EmergingPattern.HistoricalHotSpot);
            // Intensifying means hotter for hot spots and colder for cold spots.
            if (trendSignificant && trend.Z * sign > 0) return Pick(cold, EmergingPattern.IntensifyingHotSpot);
            if (trendSignificant && trend.Z * sign < 0) return Pick(cold, EmergingPattern.DiminishingHotSpot);
            return Pick(cold, EmergingPattern.PersistentHotSpot);
        }
        if (!finalMatches) return EmergingPattern.NoPattern;
        int runStart = last;
        while (runStart > 0 && s[runStart - 1] == sign) runStart--;
        bool matchedBeforeRun = s[..runStart].Contains(sign);
        if (matching == 1) return Pick(cold, EmergingPattern.NewHotSpot);
        if (!matchedBeforeRun) return Pick(cold, EmergingPattern.ConsecutiveHotSpot);
        return Pick(cold, opposite > 0 ? EmergingPattern.OscillatingHotSpot : EmergingPattern.SporadicHotSpot);
    }

    static EmergingPattern Pick(bool cold, EmergingPattern hot) => cold ? hot + 8 : hot;
}
