namespace Hotspots.Analysis;

/// <summary>Step 4 of optimised mode: the distance band from incremental spatial autocorrelation, or the k-nearest-neighbour fallback.</summary>
internal static class DistanceBandChoice
{
    public static (double Band, IncrementalAutocorrelation? Series) Choose(
        GridCounts counts, WeightedLocations locations, double[] nn, double standardDistance, List<string> why)
    {
        double cell = counts.Grid.CellSize, step = nn.Average(), start = nn.Max();
        string M(double m) => OptimisedHotSpots.Metres(m);
        if (start < cell)
        {
            why.Add($"The largest nearest-neighbour distance ({M(start)}) is less than one cell, so the band series starts at the cell size ({M(cell)}) to give every cell neighbours.");
            start = cell;
        }
        IncrementalAutocorrelation? series = null;
        try
        {
            series = IncrementalAutocorrelation.Run(counts, start, step, standardDistance);
        }
        catch (AnalysisInputException e)
        {
            why.Add($"Incremental spatial autocorrelation could not be computed: {e.Message}");
        }
        if (series is { PeakIndex: int peak })
        {
            var chosen = series.Series[peak];
            string zs = string.Join(", ", series.Series.Select(s => $"{M(s.Band)}: z {s.Z:0.00}"));
            why.Add($"Global Moran's I of the cell counts (row-standardised) was measured at {series.Series.Length} bands from {M(start)} " +
                    $"in steps of the mean nearest-neighbour distance ({M(step)}), up to the standard distance ({M(standardDistance)}): {zs}.");
            why.Add(series.PeakIsSignificant
                ? $"Distance band {M(chosen.Band)}: the first peak of clustering with z above {IncrementalAutocorrelation.SignificantZ} (z = {chosen.Z:0.00})."
                : $"Distance band {M(chosen.Band)}: no peak had z above {IncrementalAutocorrelation.SignificantZ}, so the highest peak (z = {chosen.Z:0.00}) was taken.");
            return (chosen.Band, series);
        }
        int k = Math.Clamp(locations.Locations.Count / 20, 3, 30);
        double band = Math.Min(NearestNeighbours.KthDistance(locations.Locations, k).Average(), standardDistance);
        if (band < cell)
        {
            why.Add($"The fallback band ({M(band)}) is less than one cell, so it was raised to the cell size ({M(cell)}).");
            band = cell;
        }
        why.Add($"Distance band {M(band)}: Moran's I showed no peak, so the band is the mean distance to the {k}th nearest neighbour " +
                $"(k = 5 % of {locations.Locations.Count} locations, kept between 3 and 30), capped at the standard distance ({M(standardDistance)}).");
        return (band, series);
    }
}
