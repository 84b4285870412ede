using NetTopologySuite.Geometries;

namespace Hotspots.Analysis;

/// <summary>What optimised mode chose, and every reason in words an analyst can paste into a report.</summary>
public sealed record OptimisedResult(GiStarResult GiStar, double CellSize, double DistanceBand, int Outliers, IncrementalAutocorrelation? Autocorrelation, IReadOnlyList<string> Explanation);

/// <summary>
/// Optimised hot spot analysis (after ArcGIS Optimized Hot Spot Analysis), steps 1–5 of the
/// analysis spec: minimum incidents, coincident points and locational outliers, cell size from
/// nearest-neighbour distances, distance band from incremental spatial autocorrelation, Gi* with FDR.
/// </summary>
public static class OptimisedHotSpots
{
    public static OptimisedResult Analyse(PointSet incidents, Geometry? boundary, int leftOutRows, long maxCells = SquareGrid.DefaultMaxCells)
    {
        var why = new List<string>();
        int minimum = boundary is null ? 60 : 30;
        why.Add($"{incidents.Count} incidents were read; {leftOutRows} input rows were left out because they could not be used.");
        if (incidents.Count < minimum)
            throw new AnalysisInputException(
                $"Optimised hot spot analysis needs at least {minimum} incidents {(boundary is null ? "without" : "with")} a boundary; there are {incidents.Count}.");

        var merged = WeightedLocations.Merge(incidents);
        why.Add($"{incidents.Count - merged.Locations.Count} incidents shared a location with another and were merged into {merged.Locations.Count} distinct locations for distance measures.");
        var locations = LocationalOutliers.Remove(merged, why);

        var nn = NearestNeighbours.KthDistance(locations.Locations, 1);
        double mean = nn.Average(), median = KernelRadius.Median(nn);
        double longer = Math.Max(mean, median), ratio = longer / Math.Min(mean, median);
        double cellSize = longer * Math.Max(2, ratio);
        why.Add($"Cell size {Metres(cellSize)}: the mean nearest-neighbour distance is {Metres(mean)} and the median {Metres(median)}; " +
                $"the larger ({Metres(longer)}) times max(2, larger/smaller = {ratio:0.###}).");

        var kept = Expand(locations);
        var (grid, analysed) = Cells(kept, boundary, cellSize, maxCells, why);
        var counts = GridCounts.Count(kept, grid, analysed);
        double standardDistance = locations.StandardDistance();
        var (band, autocorrelation) = DistanceBandChoice.Choose(counts, locations, nn, standardDistance, why);

        var result = GiStar.Compute(counts, band, fdr: true);
        why.Add($"Gi* was computed with binary weights for cells within {Metres(band)} of each other (each cell counts as its own neighbour); " +
                $"bins are corrected for multiple testing with the Benjamini–Hochberg false discovery rate. " +
                $"{result.Cells.Count(c => c.Bin > 0)} cells are hot spots and {result.Cells.Count(c => c.Bin < 0)} cold spots at 90 % confidence or more.");
        var analysedIncidents = result.Cells.Sum(c => c.Count);
        why.Add($"{analysedIncidents:0} incidents lie in the analysed cells (locational outliers{(boundary is null ? "" : " and cells centred outside the boundary")} left out): " +
                "this is the run's incident count, the N of its PAI.");
        return new OptimisedResult(result, cellSize, band, merged.Locations.Count - locations.Locations.Count, autocorrelation, why);
    }

    static (SquareGrid, bool[]?) Cells(PointSet kept, Geometry? boundary, double cellSize, long maxCells, List<string> why)
    {
        if (boundary is null)
        {
            var grid = SquareGrid.Covering(kept, cellSize, maxCells);
            why.Add($"The grid covers the incidents (outliers excluded): {grid.Cols} × {grid.Rows} = {grid.CellCount} cells, empty cells included.");
            return (grid, null);
        }
        var e = boundary.EnvelopeInternal;
        var covering = SquareGrid.Covering(new Extent(e.MinX, e.MinY, e.MaxX, e.MaxY), cellSize, maxCells);
        var inside = BoundaryMask.CellsInside(covering, boundary);
        why.Add($"The grid covers the boundary: {inside.Count(v => v)} cells have their centre inside it, empty cells included.");
        return (covering, inside);
    }

    static PointSet Expand(WeightedLocations w)
    {
        int n = w.Incidents.Sum();
        var xs = new double[n];
        var ys = new double[n];
        for (int i = 0, k = 0; i < w.Incidents.Length; i++)
            for (int c = 0; c < w.Incidents[i]; c++, k++) { xs[k] = w.Locations.X[i]; ys[k] = w.Locations.Y[i]; }
        return new PointSet(xs, ys);
    }

    internal static string Metres(double metres) => $"{metres:0.#} m";
}
