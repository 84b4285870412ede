using System.Globalization;
using Hotspots.Access;
using Hotspots.Incidents;
using NetTopologySuite.Geometries;

namespace Hotspots.Analysis;

/// <summary>The GraphQL door onto the same engine as ./hotspots analyse, computed on what the viewer may see.</summary>
public sealed class AnalysisRunner(AnalysisInputs inputs, AnalysisGeoJson geoJson, AnalysisRunStore store, AccessRuleStore rules)
{
    private static readonly GeometryFactory Grid = new(new PrecisionModel(), 27700);

    public async Task<AnalysisRun> Run(Viewer viewer, AnalysisRequest request, CancellationToken cancel)
    {
        var filter = request.Filter ?? new IncidentFilter();
        var data = await inputs.Load(viewer, filter, cancel);
        if (data.Ids.Length == 0)
            throw new AnalysisInputException("No incidents you may see match the filter: widen the period, types or area.");
        var boundary = request.BoundaryAreaId is { } areaId ? await inputs.Boundary(areaId, cancel) : null;
        var policy = await rules.Generalisation(cancel);
        int? suppress = data.Generalised ? policy.SuppressBelow : null;
        var parameters = new List<AnalysisParameter>();
        var explanation = new List<string>();
        void Parameter(string name, double value) => parameters.Add(new(name, value.ToString("0.###", CultureInfo.InvariantCulture)));
        if (data.Generalised)
            explanation.Add($"Some incidents are ones you may only count: they were placed at the centre of their {policy.GeneralisedCellMetres} m cell, and cell counts below {policy.SuppressBelow} are withheld.");

        AnalysisResult result;
        switch (request.Method)
        {
            case AnalysisMethod.GiStar or AnalysisMethod.Optimised:
                GiStarResult gi;
                if (request.Method == AnalysisMethod.Optimised)
                {
                    var optimised = OptimisedHotSpots.Analyse(data.Points, boundary, 0);
                    explanation.AddRange(optimised.Explanation);
                    gi = optimised.GiStar;
                }
                else
                {
                    double cell = request.CellSize ?? 200, band = request.DistanceBand ?? 600;
                    NeighbourStencil.For(band, cell);
                    var (grid, analysed) = AnalysisInput.Grid(data.Points, boundary, cell, SquareGrid.DefaultMaxCells);
                    gi = GiStar.Compute(GridCounts.Count(data.Points, grid, analysed), band, request.FalseDiscoveryRate ?? false);
                    explanation.Add(GiStarSummary(gi));
                }
                Parameter("cellSize", gi.Grid.CellSize);
                Parameter("distanceBand", gi.DistanceBand);
                parameters.Add(new("falseDiscoveryRate", gi.FalseDiscoveryRate ? "true" : "false"));
                var hotspots = HotspotPolygons.From(gi, 2, Grid);
                var shapes = await geoJson.Shapes(hotspots.Select(h => h.Shape).ToList(), cancel);
                result = new AnalysisResult(await geoJson.Cells(gi, suppress, cancel), null, null,
                    hotspots.Select((h, i) => new HotspotSummary(h.Id, h.Incidents, h.AreaKm2, h.PeakZ, shapes[i])).ToList());
                break;
            case AnalysisMethod.KernelDensity:
                var radius = request.Radius ?? KernelRadius.Default(data.Points).Radius;
                var cellSize = request.CellSize ?? KernelDensity.DefaultCellSize(data.Points);
                var raster = KernelDensity.Compute(data.Points, radius, cellSize);
                Parameter("radius", radius);
                Parameter("cellSize", cellSize);
                explanation.Add($"Quartic kernel density with a {radius:0.#} m radius{(request.Radius is null ? " (the default rule)" : "")} on {cellSize:0.#} m cells, in incidents per km².");
                result = new AnalysisResult(null, Surface(raster), null, []);
                break;
            default:
                double eps = request.Eps ?? 150;
                int minPoints = request.MinPoints ?? 8;
                var clusters = Dbscan.Cluster(data.Points, eps, minPoints);
                Parameter("eps", eps);
                Parameter("minPoints", minPoints);
                explanation.Add($"DBSCAN with eps {eps:0.#} m and at least {minPoints} incidents per core point found {clusters.ClusterCount} clusters.");
                result = new AnalysisResult(null, null, await ClusterHulls(data.Points, clusters, suppress, cancel), []);
                break;
        }
        return await store.Save(viewer, request.Method, parameters, filter, data, explanation, result, cancel);
    }

    private static string GiStarSummary(GiStarResult r) =>
        $"Getis-Ord Gi* on {r.AnalysedCells} cells of {r.Grid.CellSize:0.#} m with a fixed distance band of {r.DistanceBand:0.#} m " +
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

    private async Task<string> ClusterHulls(PointSet points, DbscanResult clusters, int? suppress, CancellationToken cancel)
    {
        var members = Enumerable.Range(0, clusters.ClusterCount).Select(_ => new List<Coordinate>()).ToArray();
        for (var i = 0; i < clusters.Cluster.Length; i++)
            if (clusters.Cluster[i] >= 0) members[clusters.Cluster[i]].Add(new Coordinate(points.X[i], points.Y[i]));
        var hulls = members.Select(m => Grid.CreateMultiPointFromCoords(m.ToArray()).ConvexHull().Buffer(10)).ToList();
        var shapes = await geoJson.Shapes(hulls, cancel);
        string Count(int i) => suppress is { } below && members[i].Count < below ? "null" : members[i].Count.ToString(CultureInfo.InvariantCulture);
        var features = shapes.Select((shape, i) =>
            $$$"""{"type":"Feature","geometry":{{{shape}}},"properties":{"cluster":{{{i}}},"count":{{{Count(i)}}}}}""");
        return $$"""{"type":"FeatureCollection","features":[{{string.Join(",", features)}}]}""";
    }
}
