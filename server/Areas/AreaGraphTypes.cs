using GraphQL.Types;
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
        Field(a => a.HotspotIncidents, nullable: true).Description("For a saved hotspot: the run's incidents inside it when it was saved or last reshaped.");
        Field(a => a.HotspotPeakZ, nullable: true).Description("For a saved hotspot: the highest Gi* z-score of the run's cells inside it.");
        Field(a => a.HotspotPai, nullable: true).Description("For a saved hotspot: PAI = (n/N)/(a/A) of its incidents n among the run's N over its area a within the run's analysed area A.");
        Field(a => a.Description, nullable: true).Description("For a saved hotspot: what the partnership wrote about it.");
    }
}
