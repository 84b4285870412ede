using NetTopologySuite.Geometries;

namespace Hotspots.Analysis;

/// <summary>Emerging hot spots over GraphQL: the cube, Gi* per bin and Mann–Kendall per cell, as ./hotspots analyse emerging.</summary>
public sealed class EmergingRun(AnalysisGeoJson geoJson)
{
    public async Task<AnalysisResult> Analyse(AnalysisPoints data, Geometry? boundary, AnalysisRequest request, RunParameters parameters,
        List<string> explanation, CancellationToken cancel)
    {
        double cell = request.CellSize ?? 250, band = request.DistanceBand ?? 750;
        var step = request.TimeStep ?? TimeStep.Month;
        if (step != TimeStep.Month && data.Generalised)
        {
            // Counted-only records answer time in whole calendar months, so a finer step cannot use them.
            data = data.RecordsOnly();
            explanation.Add($"Records you may only count are answered by whole months, so this {step.ToString().ToLowerInvariant()}ly run uses only the {data.Ids.Length} records you see in full.");
            if (data.Ids.Length == 0) throw new AnalysisInputException("You see no records in full here; records you may only count are answered by whole months: choose a monthly time step.");
        }
        var settings = new EmergingParameters(band, request.PreviousSteps ?? 1, request.HotSpotAlpha ?? 0.10, request.FalseDiscoveryRate ?? true,
            request.TrendAlpha ?? 0.05);
        if (settings.HotBinAlpha is <= 0 or >= 1 || settings.TrendAlpha is <= 0 or >= 1)
            throw new AnalysisInputException("The hot spot and trend significance levels must be between 0 and 1, e.g. 0.10 and 0.05.");
        NeighbourStencil.For(band, cell);
        NeighbourStencil.RefuseTooWide(band, cell);
        var (grid, analysed) = AnalysisInput.Grid(data.Points, boundary, cell, SquareGrid.DefaultMaxCells);
        var cube = SpaceTimeCube.Count(data.Points, data.Dates, grid, step, analysed);
        var result = EmergingHotSpots.Analyse(cube, settings);

        parameters.Add("cellSize", cell);
        parameters.Add("distanceBand", band);
        parameters.Add("timeStep", step.ToString().ToLowerInvariant());
        parameters.Add("timeSteps", cube.Steps);
        parameters.Add("firstStep", cube.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        parameters.Add("previousSteps", settings.PreviousSteps);
        parameters.Add("hotSpotAlpha", settings.HotBinAlpha);
        parameters.Add("falseDiscoveryRate", settings.FalseDiscoveryRate ? "true" : "false");
        parameters.Add("trendAlpha", settings.TrendAlpha);
        explanation.Add(
            $"Emerging hot spots on {result.Cells.Length} cells of {cell:0.#} m over {cube.Steps} {step.ToString().ToLowerInvariant()}s from {cube.Start:d MMM yyyy}: " +
            $"Gi* for each cell and {step.ToString().ToLowerInvariant()} with a {band:0.#} m band over that step and {settings.PreviousSteps} before it, " +
            $"a bin counting as hot or cold at {settings.HotBinAlpha:0.##}{(settings.FalseDiscoveryRate ? " after false discovery rate correction" : "")}; " +
            $"the trend of each cell's z-scores is the Mann–Kendall test at {settings.TrendAlpha:0.##}.");
        var found = result.Cells.Where(c => c.Pattern != EmergingPattern.NoPattern).GroupBy(c => c.Pattern).OrderBy(g => g.Key)
            .Select(g => $"{g.Count()} {g.Key.Label().ToLowerInvariant()}{(g.Count() == 1 ? "" : "s")}").ToList();
        explanation.Add(found.Count == 0 ? "No cell shows a pattern." : $"Found {string.Join(", ", found)}.");
        return new AnalysisResult(null, null, null, [], await geoJson.EmergingCells(result, cancel));
    }
}
