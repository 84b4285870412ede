using System.Text.Json;

namespace Hotspots.Client.Areas;

public sealed record Area(string Id, string? Code, string Name, string Kind, JsonElement Boundary, double SquareMetres);

public sealed record MapSettings(string? BasemapUrl, string? Attribution);

public static class AreaQueries
{
    public static Task<List<Area>> Areas(this GraphQLClient client) => client.AllPages<Area>("areas", """
        query($after: String) { areas(first: 1000, after: $after) {
          pageInfo { hasNextPage endCursor } items { id code name kind boundary squareMetres } } }
        """);

    public static Task<MapSettings> MapSettings(this GraphQLClient client) =>
        client.Field<MapSettings>("mapSettings", "{ mapSettings { basemapUrl attribution } }");
}
