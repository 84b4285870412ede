using GraphQL.Types;

namespace Hotspots.Api;

public sealed class HotspotsSchema : Schema
{
    public HotspotsSchema(IServiceProvider services, Query query, Mutation mutation) : base(services)
    {
        Query = query;
        Mutation = mutation;
        Description = "Hotspots: modern slavery hotspot mapping and problem solving for the partnership.";
    }
}
