using System.Text.Json;

namespace Hotspots.Client.Places;

public sealed record Premises(string Id, string? Reference, string Address, string? Postcode, string Use, JsonElement Location, double Easting, double Northing);

public sealed record RiskBusiness(string Id, string? Reference, string Name, string Sector, string? Address, string? Postcode,
    JsonElement Location, double Easting, double Northing);

public static class PlaceQueries
{
    public static Task<List<Premises>> Premises(this GraphQLClient client) => client.AllPages<Premises>("premises", """
        query($after: String) { premises(first: 1000, after: $after) {
          pageInfo { hasNextPage endCursor } items { id reference address postcode use location easting northing } } }
        """);

    public static Task<List<RiskBusiness>> RiskBusinesses(this GraphQLClient client) => client.AllPages<RiskBusiness>("riskBusinesses", """
        query($after: String) { riskBusinesses(first: 1000, after: $after) {
          pageInfo { hasNextPage endCursor } items { id reference name sector address postcode location easting northing } } }
        """);
}
