namespace Hotspots.Analysis;

/// <summary>The comparison in sentences an analyst can read out at a meeting.</summary>
public static class ComparisonSummary
{
    public static IReadOnlyList<string> Of(AnalysisRun earlier, AnalysisRun later, CellChangeCounts cells, IReadOnlyList<HotspotComparison> hotspots)
    {
        var sentences = new List<string>
        {
            $"Run {earlier.Id} ({earlier.CreatedAt:d MMM yyyy}) against run {later.Id} ({later.CreatedAt:d MMM yyyy}), cells hot at 95 % confidence or more: " +
            $"{cells.NewlyHot} newly hot, {cells.NoLongerHot} no longer hot, {cells.StayedHot} stayed hot.",
        };
        foreach (var h in hotspots)
            sentences.Add(h.Change switch
            {
                HotspotChange.Gone => $"Hotspot {h.EarlierNumber} ({h.EarlierAreaKm2:0.###} km²) is gone: no hotspot of run {later.Id} overlaps it.",
                HotspotChange.New => $"Hotspot {h.LaterNumber} of run {later.Id} ({h.LaterAreaKm2:0.###} km²) is new: it overlaps no earlier hotspot.",
                var change => $"Hotspot {h.EarlierNumber} {Verb(change)}: {h.EarlierAreaKm2:0.###} km² then, {h.LaterAreaKm2:0.###} km² now as hotspot {h.LaterNumber}, " +
                    $"its centre {h.CentroidShiftMetres:0} m away.",
            });
        return sentences;
    }

    private static string Verb(HotspotChange change) => change switch
    {
        HotspotChange.Grew => "grew", HotspotChange.Shrank => "shrank", HotspotChange.Moved => "moved", _ => "is unchanged",
    };
}
