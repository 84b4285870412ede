using GraphQL.Types;

namespace Hotspots.Api;

public sealed class HotspotsSchema : Schema
{
    public HotspotsSchema(IServiceProvider services, Query query) : base(services)
    {
        Query = query;
        Description = "Hotspots: modern slavery hotspot mapping and problem solving for the partnership.";
    }
}
