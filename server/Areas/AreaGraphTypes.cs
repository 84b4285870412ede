using GraphQL;
using GraphQL.Types;
using Hotspots.Analysis;
using Hotspots.Api;

namespace Hotspots.Areas;

public sealed class AreaKindType : EnumerationGraphType<AreaKind>
{
    public AreaKindType() => Description = "DISTRICT, WARD, LSOA (ONS lower layer super output area), CUSTOM (drawn by a user) or HOTSPOT (saved from analysis).";
}

public sealed class AreaType : ObjectGraphType<Area>
{
    public AreaType()
    {
        Name = "Area";
        Description = "A named polygon on the map.";
        Field(a => a.Id, type: typeof(NonNullGraphType<IdGraphType>));
        Field(a => a.Code, nullable: true).Description("Its official code where it has one, e.g. an ONS ward code.");
        Field(a => a.Name);
        Field(a => a.Kind, type: typeof(NonNullGraphType<AreaKindType>));
        Field<NonNullGraphType<GeoJsonGraphType>>("boundary").Description("GeoJSON (multi)polygon in WGS84.").Resolve(c => c.Source.Boundary);
        Field(a => a.SquareMetres).Description("Its area in square metres, measured in British National Grid.");
        Field(a => a.AnalysisRunId, type: typeof(IdGraphType)).Description("For a saved hotspot: the analysis run it came from (analysisRun).");
        Field<FloatGraphType>("hotspotIncidents").Description("For a saved hotspot: to the saver and analysts of their agency, the run's incidents " +
            "inside it when it was saved or last reshaped; null to anyone else, whose own count is incidentMap with the area's id.")
            .ResolveAsync(async c => (await Figures(c)).Incidents);
        Field<FloatGraphType>("hotspotPeakZ").Description("For a saved hotspot: the highest Gi* z-score of the run's cells inside it (to the saver and analysts of their agency).")
            .ResolveAsync(async c => (await Figures(c)).PeakZ);
        Field<FloatGraphType>("hotspotPai").Description("For a saved hotspot: PAI = (n/N)/(a/A) of its incidents n among the run's N over its area a within " +
            "the run's analysed area A (to the saver and analysts of their agency).").ResolveAsync(async c => (await Figures(c)).Pai);
        Field(a => a.Description, nullable: true).Description("For a saved hotspot: what the partnership wrote about it.");
    }

    // Each viewer's figures come from their own view (docs/disclosure-control.md).
    private static Task<HotspotFiguresSeen> Figures(IResolveFieldContext<Area> c) =>
        c.Source.Kind == AreaKind.Hotspot ? c.RequestServices!.GetRequiredService<SavedHotspotFigures>().For(c.Viewer(), c.Source, c.CancellationToken)
            : Task.FromResult(new HotspotFiguresSeen(null, null, null));
}
