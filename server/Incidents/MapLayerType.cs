using GraphQL.Types;
using Hotspots.Api;

namespace Hotspots.Incidents;

public sealed class MapLayerType : ObjectGraphType<MapLayer>
{
    public MapLayerType()
    {
        Name = "MapLayer";
        Description = "Points ready to draw: a GeoJSON FeatureCollection with a few properties per feature; look a feature up by id for its details.";
        Field(m => m.TotalCount).Description("How many match the filter.");
        Field(m => m.Shown).Description("How many are in features (the most recent first, up to the limit).");
        Field<NonNullGraphType<GeoJsonGraphType>>("features").Resolve(c => c.Source.Features);
    }
}
