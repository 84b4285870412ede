namespace Hotspots.Analysis;

/// <summary>What an analyst should read before acting on a Gi* run: empty hot cells, and hotspots too large to be places.</summary>
public static class GiStarNotes
{
    public static IEnumerable<string> About(GiStarResult gi, IReadOnlyList<HotspotSummary> hotspots, double studyKm2)
    {
        int emptyHot = gi.Cells.Count(c => c.Bin > 0 && c.Count == 0), emptyCold = gi.Cells.Count(c => c.Bin < 0 && c.Count == 0);
        if (emptyHot > 0)
            yield return $"{emptyHot} hot {Cells(emptyHot)} hold no incidents themselves: Gi* scores a cell's neighbourhood within the distance band, " +
                         "so an empty cell is hot when the cells around it are busy. They are labelled \"0 incidents\" on the map.";
        if (emptyCold > 0)
            yield return $"{emptyCold} cold {Cells(emptyCold)} hold no incidents: cold means fewer than the study area's average around them, " +
                         "which in an empty moor or park says little about exploitation.";
        foreach (var h in hotspots.Where(h => h.ShareOfStudyArea > HotspotSummary.LargeShare))
            yield return FormattableString.Invariant(
                $"Warning: hotspot {h.Number} covers {h.AreaKm2:0.#} km², {h.ShareOfStudyArea:0.#%} of the study area ({studyKm2:0.#} km²), more than {HotspotSummary.LargeShare:0%}. That is a region, not a place: try a smaller cell size or distance band before basing a plan or a visit list on it.");
    }

    private static string Cells(int n) => n == 1 ? "cell" : "cells";
}
