using System.Text.Json.Nodes;

namespace Hotspots.Visits;

/// <summary>The route as a GeoJSON FeatureCollection (WGS84): the line in visiting order and a point per target.</summary>
public static class RouteGeoJson
{
    public static string Of(Visit visit)
    {
        var points = visit.Route.Select(s => Wgs84.Of(s.Target.Location)).ToList();
        var features = new JsonArray(new JsonObject
        {
            ["type"] = "Feature",
            ["geometry"] = new JsonObject { ["type"] = "LineString", ["coordinates"] = new JsonArray([.. points.Select(p => (JsonNode)new JsonArray(p.Longitude, p.Latitude))]) },
            ["properties"] = new JsonObject { ["kind"] = "route", ["totalMetres"] = Math.Round(visit.TotalMetres, 1) },
        });
        foreach (var (stop, at) in visit.Route.Zip(points))
            features.Add(new JsonObject
            {
                ["type"] = "Feature",
                ["geometry"] = new JsonObject { ["type"] = "Point", ["coordinates"] = new JsonArray(at.Longitude, at.Latitude) },
                ["properties"] = new JsonObject
                {
                    ["kind"] = "stop", ["position"] = stop.Leg.Position, ["visitTargetId"] = stop.Target.Id, ["targetKind"] = stop.Target.Kind.ToString(),
                    ["placeId"] = stop.Target.PlaceId, ["name"] = stop.Target.Name, ["address"] = stop.Target.Address,
                    ["metresFromPrevious"] = Math.Round(stop.Leg.MetresFromPrevious, 1), ["arrive"] = stop.Leg.Arrive.ToString("HH:mm"),
                },
            });
        return new JsonObject
        {
            ["type"] = "FeatureCollection",
            ["classification"] = Classification.Marking,
            ["handling"] = Classification.Handling,
            ["name"] = visit.Name,
            ["features"] = features,
        }.ToJsonString();
    }
}
