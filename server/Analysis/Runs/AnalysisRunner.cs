using System.Globalization;
using Hotspots.Access;
using Hotspots.Database;
using Hotspots.Incidents;
using NetTopologySuite.Geometries;

namespace Hotspots.Analysis;

/// <summary>The GraphQL door onto the same engine as ./hotspots analyse, computed on what the viewer may see.</summary>
public sealed class AnalysisRunner(AnalysisInputs inputs, CellCounts cellCounts, AnalysisGeoJson geoJson, AnalysisRunStore store, AccessRuleStore rules)
{
    private static readonly GeometryFactory Grid = new(new PrecisionModel(), 27700);

    public async Task<AnalysisRun> Run(Viewer viewer, AnalysisRequest request, CancellationToken cancel)
    {
        var study = await inputs.StudyArea(request, cancel);
        var (filter, boundary) = (study.Filter, study.Boundary);
        var policy = await rules.Generalisation(cancel);
        var parameters = new RunParameters();
        var explanation = new List<string>();
        if (study.Explanation is { } where) explanation.Add(where);
        if (request.Grid == GridShape.Hexagon && request.Method != AnalysisMethod.GiStar)
            throw new AnalysisInputException("Hexagons are offered for GI_STAR only; leave grid out or set it to SQUARE for the other methods.");
        if (request.Method == AnalysisMethod.GiStar && request.Grid != GridShape.Hexagon)
        {
            double cell = request.CellSize ?? 200, band = request.DistanceBand ?? 600;
            NeighbourStencil.For(band, cell);
            NeighbourStencil.RefuseTooWide(band, cell);
            var (fixedGrid, analysed) = boundary is null ? (null, null) : AnalysisInput.Grid(new PointSet([], []), boundary, cell, SquareGrid.DefaultMaxCells);
            var counted = await cellCounts.Count(viewer, filter, cell, fixedGrid, analysed, withIds: true, cancel);
            Generalisation(counted.Generalised, policy, explanation);
            var gi = GiStar.Compute(counted.Counts, band, request.FalseDiscoveryRate ?? false);
            explanation.Add(GiStarSummary(gi));
            var result = await GiStarResult(gi, parameters, explanation, cancel);
            return await store.Save(viewer, request.Method, parameters.All, filter, counted.Ids!, counted.Cells, counted.Classification, explanation, result,
                sql => AnalysisGeoJson.Cells(gi, sql), cancel, Analysed(gi));
        }

        if (request.Method == AnalysisMethod.GiStar) NeighbourStencil.RefuseTooWide(request.DistanceBand ?? 600, request.CellSize ?? 200);
        var data = await inputs.Load(viewer, filter, request.Method == AnalysisMethod.Emerging ? ViewGrain.Month : ViewGrain.Period, cancel);
        if (data.Count == 0)
            throw new AnalysisInputException("No incidents you may see match the filter: widen the period, types or area.");
        Generalisation(data.Generalised, policy, explanation);
        AnalysisResult found;
        Func<SqlConditions, string>? cells = null;
        int? analysedIncidents = null;
        switch (request.Method)
        {
            case AnalysisMethod.GiStar:
                double hexagon = request.CellSize ?? 200, hexagonBand = request.DistanceBand ?? 600;
                var (hexagons, inside) = AnalysisInput.Hexagons(data.Points, boundary, hexagon, SquareGrid.DefaultMaxCells);
                var onHexagons = HexagonGiStar.Compute(HexagonCounts.Count(data.Points, hexagons, inside), hexagonBand, request.FalseDiscoveryRate ?? false);
                explanation.Add(GiStarSummary(onHexagons));
                found = await GiStarResult(onHexagons, parameters, explanation, cancel);
                cells = sql => AnalysisGeoJson.Cells(onHexagons, sql);
                analysedIncidents = Analysed(onHexagons);
                break;
            case AnalysisMethod.Optimised:
                var optimised = OptimisedHotSpots.Analyse(data.Points, boundary, 0);
                explanation.AddRange(optimised.Explanation);
                found = await GiStarResult(optimised.GiStar, parameters, explanation, cancel);
                cells = sql => AnalysisGeoJson.Cells(optimised.GiStar, sql);
                analysedIncidents = Analysed(optimised.GiStar);
                break;
            case AnalysisMethod.Emerging:
                found = await new EmergingRun(geoJson).Analyse(data, boundary, request, parameters, explanation, cancel);
                break;
            case AnalysisMethod.KernelDensity:
                var radius = request.Radius ?? KernelRadius.Default(data.Points).Radius;
                var cellSize = request.CellSize ?? KernelDensity.DefaultCellSize(data.Points);
                var raster = KernelDensity.Compute(data.Points, radius, cellSize, cancel: cancel);
                parameters.Add("radius", radius);
                parameters.Add("cellSize", cellSize);
                explanation.Add($"Quartic kernel density with a {radius:0.#} m radius{(request.Radius is null ? " (the default rule)" : "")} on {cellSize:0.#} m cells, in incidents per km².");
                if (boundary is not null)
                {
                    // Clipped as ArcGIS's mask environment clips: no density is drawn beyond the study area's edge.
                    var masked = BoundaryMask.CellsInside(raster.Grid, boundary);
                    for (var i = 0; i < masked.Length; i++) if (!masked[i]) raster.PerKm2[i] = 0;
                    explanation.Add("Clipped to the study area: cells whose centre lies outside it are left empty.");
                }
                found = new AnalysisResult(null, Surface(raster), null, []);
                break;
            default:
                double eps = request.Eps ?? 150;
                int minPoints = request.MinPoints ?? 8;
                var clusters = Dbscan.Cluster(data.Points, eps, minPoints);
                parameters.Add("eps", eps);
                parameters.Add("minPoints", minPoints);
                explanation.Add($"DBSCAN with eps {eps:0.#} m and at least {minPoints} incidents per core point found {clusters.ClusterCount} clusters.");
                found = new AnalysisResult(null, null, await ClusterHulls(data.Points, clusters, cancel), []);
                break;
        }
        return await store.Save(viewer, request.Method, parameters.All, filter, data.Ids, data.Cells, data.Classification, explanation, found, cells, cancel, analysedIncidents);
    }

    // One count per run: the incidents in the analysed cells, which is what Gi* saw and what PAI's N is.
    private static int Analysed(GiStarResult gi) => (int)Math.Round(gi.Cells.Sum(c => c.Count));

    private static void Generalisation(bool generalised, GeneralisationPolicy policy, List<string> explanation)
    {
        if (generalised)
            explanation.Add($"Some incidents are ones you may only count: each {policy.GeneralisedCellMetres} m cell counts at its centre with the count your map shows, and cells withheld there (under {policy.SuppressBelow}) are left out.");
    }

    /// <summary>Gi*'s hotspots and grid; its cells are made by the database as the run is saved (AnalysisGeoJson.Cells).</summary>
    private async Task<AnalysisResult> GiStarResult(GiStarResult gi, RunParameters parameters, List<string> explanation, CancellationToken cancel)
    {
        parameters.Add("cellSize", gi.Grid.CellSize);
        if (gi.Grid is HexagonGrid) parameters.Add("grid", "hexagon");
        parameters.Add("distanceBand", gi.DistanceBand);
        parameters.Add("falseDiscoveryRate", gi.FalseDiscoveryRate ? "true" : "false");
        var hotspots = HotspotPolygons.From(gi, 2, Grid);
        var shapes = await geoJson.Shapes(hotspots.Select(h => h.Shape).ToList(), cancel);
        double studyKm2 = gi.AnalysedCells * gi.Grid.CellAreaKm2, all = Analysed(gi);
        var summaries = hotspots.Select((h, i) => new HotspotSummary(h.Id, h.Incidents, h.AreaKm2, h.PeakZ, shapes[i],
            PredictionAccuracy.Index(h.Incidents, all, h.AreaKm2, studyKm2).Value, studyKm2 > 0 ? h.AreaKm2 / studyKm2 : null)).ToList();
        explanation.AddRange(GiStarNotes.About(gi, summaries, studyKm2));
        return new AnalysisResult(null, null, null, summaries, Grid: AnalysedGrid.Of(gi));
    }

    private static string GiStarSummary(GiStarResult r) =>
        $"Getis-Ord Gi* on {r.AnalysedCells} {(r.Grid is HexagonGrid ? $"pointy-topped hexagons {r.Grid.CellSize:0.#} m apart centre to centre" : $"cells of {r.Grid.CellSize:0.#} m")} with a fixed distance band of {r.DistanceBand:0.#} m " +
        $"({(r.FalseDiscoveryRate ? "bins corrected for false discovery rate" : "uncorrected bins")}): " +
        $"{r.Cells.Count(c => c.Bin > 0)} hot and {r.Cells.Count(c => c.Bin < 0)} cold cells at 90 % confidence or more.";

    private static DensitySurface Surface(DensityRaster raster)
    {
        var g = raster.Grid;
        var northFirst = new double[raster.PerKm2.Length];
        for (var row = 0; row < g.Rows; row++)
            Array.Copy(raster.PerKm2, row * g.Cols, northFirst, (g.Rows - 1 - row) * g.Cols, g.Cols);
        return new DensitySurface(g.X0, g.Y0, g.CellSize, g.Cols, g.Rows, raster.PerKm2.DefaultIfEmpty(0).Max(), northFirst);
    }

    private async Task<string> ClusterHulls(PointSet points, DbscanResult clusters, CancellationToken cancel)
    {
        var members = Enumerable.Range(0, clusters.ClusterCount).Select(_ => new List<Coordinate>()).ToArray();
        for (var i = 0; i < clusters.Cluster.Length; i++)
            if (clusters.Cluster[i] >= 0) members[clusters.Cluster[i]].Add(new Coordinate(points.X[i], points.Y[i]));
        var hulls = members.Select(m => Grid.CreateMultiPointFromCoords(m.ToArray()).ConvexHull().Buffer(10)).ToList();
        var shapes = await geoJson.Shapes(hulls, cancel);
        string Count(int i) => members[i].Count.ToString(CultureInfo.InvariantCulture);
        var features = shapes.Select((shape, i) =>
            $$$"""{"type":"Feature","geometry":{{{shape}}},"properties":{"cluster":{{{i}}},"count":{{{Count(i)}}}}}""");
        return $$"""{"type":"FeatureCollection","features":[{{string.Join(",", features)}}]}""";
    }
}

/// <summary>Every parameter a run used, defaults included, as the run reports them.</summary>
public sealed class RunParameters
{
    public List<AnalysisParameter> All { get; } = [];

    public void Add(string name, double value) => All.Add(new(name, value.ToString("0.###", CultureInfo.InvariantCulture)));

    public void Add(string name, string value) => All.Add(new(name, value));
}
