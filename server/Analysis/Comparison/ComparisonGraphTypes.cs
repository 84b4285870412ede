using GraphQL.Types;
using Hotspots.Api;

namespace Hotspots.Analysis;

public sealed class HotspotChangeType : EnumerationGraphType<HotspotChange>
{
    public HotspotChangeType() => Description =
        "GREW or SHRANK: it overlaps a later hotspot of larger or smaller area with its centroid less than one cell away; MOVED: its centroid " +
        "shifted by a cell side or more; UNCHANGED; GONE: no later hotspot overlaps it; NEW: a later hotspot that overlaps no earlier one.";
}

public sealed class HotspotComparisonType : ObjectGraphType<HotspotComparison>
{
    public HotspotComparisonType()
    {
        Name = "HotspotComparison";
        Description = "What became of one hotspot of the earlier run (matched to the later hotspot it overlaps most), or a new later hotspot.";
        Field(h => h.EarlierNumber, nullable: true).Description("Its number in the earlier run; null for a NEW hotspot.");
        Field(h => h.LaterNumber, nullable: true).Description("The matching hotspot's number in the later run; null when GONE.");
        Field(h => h.Change, type: typeof(NonNullGraphType<HotspotChangeType>));
        Field(h => h.EarlierAreaKm2, nullable: true);
        Field(h => h.LaterAreaKm2, nullable: true);
        Field<FloatGraphType>("areaChangeKm2").Description("Later area minus earlier area; null for NEW or GONE.")
            .Resolve(c => c.Source.LaterAreaKm2 - c.Source.EarlierAreaKm2);
        Field(h => h.CentroidShiftMetres, nullable: true).Description("How far its centroid moved, in metres (British National Grid).");
        Field(h => h.SavedAreaId, type: typeof(IdGraphType)).Description("The area it was saved as, when the earlier hotspot was saved.");
    }
}

public sealed class RunComparisonType : ObjectGraphType<RunComparison>
{
    public RunComparisonType()
    {
        Name = "AnalysisRunComparison";
        Description = "What changed between an earlier and a later Gi* run on the same grid; a cell is hot at 95 % confidence or more.";
        Field(r => r.EarlierRunId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(r => r.LaterRunId, type: typeof(NonNullGraphType<IdGraphType>));
        Field(r => r.CellSize).Description("The cell side both runs used, in metres.");
        Field<NonNullGraphType<IntGraphType>>("newlyHot").Description("Cells hot now that were not.").Resolve(c => c.Source.Cells.NewlyHot);
        Field<NonNullGraphType<IntGraphType>>("noLongerHot").Description("Cells hot then that are not now.").Resolve(c => c.Source.Cells.NoLongerHot);
        Field<NonNullGraphType<IntGraphType>>("stayedHot").Description("Cells hot in both runs.").Resolve(c => c.Source.Cells.StayedHot);
        Field<NonNullGraphType<GeoJsonGraphType>>("cells")
            .Description("A FeatureCollection of the cells hot in either run, with change (NEWLY_HOT, NO_LONGER_HOT, STAYED_HOT), earlierBin and laterBin (null outside that run's cells).")
            .Resolve(c => c.Source.Cells.Cells);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<HotspotComparisonType>>>>("hotspots").Resolve(c => c.Source.Hotspots);
        Field(r => r.Summary).Description("The comparison in plain sentences.");
    }
}
