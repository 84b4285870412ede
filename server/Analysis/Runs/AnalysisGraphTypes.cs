using GraphQL.Types;
using Hotspots.Api;
using Hotspots.Incidents;

namespace Hotspots.Analysis;

public sealed class AnalysisMethodType : EnumerationGraphType<AnalysisMethod>
{
    public AnalysisMethodType() => Description =
        "GI_STAR: Getis-Ord Gi* on square cells with a fixed distance band; OPTIMISED: Gi* with cell size and band chosen from the data " +
        "(after ArcGIS Optimized Hot Spot Analysis) and FDR; KERNEL_DENSITY: quartic kernel density; DBSCAN: density clusters; EMERGING: emerging hot spots over time steps " +
        "(space-time Gi*, Mann–Kendall trend, the ArcGIS Pro pattern classes).";
}

public sealed class AnalysisRequestInputType : InputObjectGraphType<AnalysisRequest>
{
    public AnalysisRequestInputType()
    {
        Name = "AnalysisRequest";
        Description = "A method and its parameters; anything left out takes the documented default.";
        Field<NonNullGraphType<AnalysisMethodType>>("method");
        Field<IncidentFilterInputType>("filter").Description("Which incidents: the same filter as the incidents query.");
        Field<FloatGraphType>("cellSize").Description("Cell side in metres (Gi* 200; emerging 250; kernel density: the shorter extent side / 250).");
        Field<FloatGraphType>("distanceBand").Description("Gi* fixed distance band in metres (600; emerging 750).");
        Field<BooleanGraphType>("falseDiscoveryRate").Description("Decide significant bins by Benjamini–Hochberg false discovery rate (Gi* false; emerging true).");
        Field<TimeStepType>("timeStep").Description("Emerging: the length of a time step (MONTH).");
        Field<IntGraphType>("previousSteps").Description("Emerging: earlier steps that count as neighbours in time (1).");
        Field<FloatGraphType>("hotSpotAlpha").Description("Emerging: significance level for a hot or cold bin (0.10).");
        Field<FloatGraphType>("trendAlpha").Description("Emerging: significance level of the Mann–Kendall trend (0.05).");
        Field<FloatGraphType>("radius").Description("Kernel density search radius in metres (the default rule of the analysis spec).");
        Field<FloatGraphType>("eps").Description("DBSCAN neighbourhood distance in metres (150).");
        Field<IntGraphType>("minPoints").Description("DBSCAN incidents a core point needs within eps, itself included (8).");
        Field<GridShapeType>("grid").Description("Gi*: SQUARE cells (the default) or HEXAGON cells, pointy-topped, cellSize apart centre to centre, " +
            "the band measured between centres; col, row are odd-r offset coordinates (odd rows shifted east by half a cell).");
        Field<IdGraphType>("boundaryAreaId").Description("Gi*: analyse only the cells whose centre is inside this area.");
    }
}

public sealed class AnalysisParameterType : ObjectGraphType<AnalysisParameter>
{
    public AnalysisParameterType()
    {
        Name = "AnalysisParameter";
        Field(p => p.Name);
        Field(p => p.Value);
    }
}

public sealed class DensitySurfaceType : ObjectGraphType<DensitySurface>
{
    public DensitySurfaceType()
    {
        Name = "DensitySurface";
        Description = "A kernel density raster in British National Grid: perKm2 holds columns × rows values, row by row from the north.";
        Field(d => d.MinX).Description("Western edge (easting, m).");
        Field(d => d.MinY).Description("Southern edge (northing, m).");
        Field(d => d.CellSize);
        Field(d => d.Columns);
        Field(d => d.Rows);
        Field(d => d.Maximum).Description("The highest density, incidents per km².");
        Field(d => d.PerKm2);
    }
}

public sealed class HotspotSummaryType : ObjectGraphType<HotspotSummary>
{
    public HotspotSummaryType()
    {
        Name = "Hotspot";
        Description = "Contiguous hot cells at 95 % confidence or more, merged into one polygon.";
        Field(h => h.Number);
        Field(h => h.Incidents).Description("Incidents in its cells.");
        Field(h => h.AreaKm2);
        Field(h => h.PeakZ).Description("The highest Gi* z-score among its cells.");
        Field(h => h.Pai, nullable: true).Description("Predictive Accuracy Index (n/N)/(a/A): its share of the run's incidents over its share of " +
            "the study area (the analysed cells). Null for runs made before it was kept.");
        Field(h => h.ShareOfStudyArea, nullable: true).Description("Its area as a share of the study area, 0–1. Over 0.05 the run's " +
            "explanation warns that it is a region rather than a place.");
        Field<NonNullGraphType<GeoJsonGraphType>>("shape").Description("GeoJSON polygon in WGS84.").Resolve(c => c.Source.Shape);
    }
}

public sealed class AnalysisRunType : ObjectGraphType<AnalysisRun>
{
    public AnalysisRunType()
    {
        Name = "AnalysisRun";
        Description = "A hotspot analysis as it was run, kept frozen so it can be reopened and compared with a newer run.";
        Field(r => r.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(r => r.Method, type: typeof(NonNullGraphType<AnalysisMethodType>));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AnalysisParameterType>>>>("parameters").Description("Every parameter used, defaults included.").Resolve(c => c.Source.Parameters);
        Field(r => r.Explanation).Description("What was done and why, in sentences an analyst can paste into a report.");
        // Computed from the runner's view, so it is never more than their map's full records plus its shown cell counts.
        Field<IntGraphType>("incidentCount")
            .Description("How many incidents went in: the records you see in full plus the counts your map shows for counted cells (withheld cells add none).")
            .Resolve(c => c.Source.IncidentCount);
        Field(r => r.Generalised).Description("True when some incidents were ones the runner may only count (placed at their cell centre).");
        Field(r => r.Classification, type: typeof(NonNullGraphType<SensitivityType>)).Description(Marking.Description);
        Field(r => r.CreatedBy);
        Field(r => r.CreatedAt);
        Field<GeoJsonGraphType>("cells").Description("Gi*: a FeatureCollection of cells (squares or hexagons) with count, z, p and bin (−3…3).").ResolveAsync(async c => (object?)c.Source.Result.Cells ?? await c.Service<AnalysisRunStore>().Cells(c.Viewer(), c.Source.Id, c.CancellationToken));
        Field<DensitySurfaceType>("density").Description("Kernel density surface.").Resolve(c => c.Source.Result.Density);
        Field<GeoJsonGraphType>("clusters").Description("DBSCAN: a FeatureCollection of cluster outlines with their counts.").Resolve(c => c.Source.Result.Clusters);
        Field<GeoJsonGraphType>("emerging").Description(
            "Emerging hot spots: a FeatureCollection of cell squares (those with a pattern or incidents) with pattern (e.g. NEW_HOT_SPOT, NO_PATTERN), " +
            "trendZ and trendP (Mann–Kendall of the cell's Gi* z-series).").Resolve(c => c.Source.Result.Emerging);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HotspotSummaryType>>>>("hotspots").Resolve(c => c.Source.Result.Hotspots);
    }
}

public sealed class GridShapeType : EnumerationGraphType<GridShape>
{
    public GridShapeType()
    {
        Name = "GridShape";
        Description = "SQUARE: square cells of side cellSize; HEXAGON: pointy-topped hexagons whose centres are cellSize apart.";
    }
}

public sealed class TimeStepType : EnumerationGraphType<TimeStep>
{
    public TimeStepType()
    {
        Name = "TimeStep";
        Description = "DAY, WEEK (7-day blocks from the first incident's day) or MONTH (calendar months).";
    }
}
