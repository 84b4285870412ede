using GraphQL.Types;
using Hotspots.Api;

namespace Hotspots.Incidents;

public sealed class SuppressedCountType : ObjectGraphType<SuppressedCount>
{
    public SuppressedCountType()
    {
        Name = "SuppressedCount";
        Description = "A count as the viewer may know it: exact where it is a sum of what their view shows (records in full, counted cells at the count their map shows); for signposts to non-analysts, withheld below the threshold and otherwise rounded to the nearest 5.";
        Field(c => c.Value, nullable: true).Description("The number, or null when withheld.");
        Field(c => c.Display).Description("What to show, e.g. \"<5\" or \"1,235\".");
    }
}

public sealed class MapLayerType : ObjectGraphType<MapLayer>
{
    public MapLayerType()
    {
        Name = "MapLayer";
        Description = "Incidents ready to draw as a GeoJSON FeatureCollection. Records you may see in full are points " +
            "(properties.kind = incident; look one up by id for details), or clusters of them past the point budget; the rest are counted per grid cell " +
            "(properties.kind = incidentCell, with count, or null and label \"<5\" when withheld).";
        Field(m => m.FullRecords).Description("How many matching records you may see in full.");
        Field<NonNullGraphType<SuppressedCountType>>("generalisedRecords").Description("How many more matching records are counted in cells: " +
            "the sum of the counts the cells show (withheld cells add nothing).").Resolve(c => c.Source.GeneralisedRecords);
        Field(m => m.WithheldCells).Description("How many cells hold fewer records than the threshold and show \"<5\" instead of a count.");
        Field(m => m.Shown).Description("How many features there are (full records or their clusters, plus cells).");
        Field(m => m.ClusterMetres, nullable: true).Description("The side in metres of the squares the full records were clustered in " +
            "(properties.kind = incidentCluster, with count), because more matched than the point budget; null when they are points.");
        Field<NonNullGraphType<GeoJsonGraphType>>("features").Resolve(c => c.Source.Features);
        Field(m => m.Classification, type: typeof(NonNullGraphType<SensitivityType>)).Description(Marking.Description);
    }
}
