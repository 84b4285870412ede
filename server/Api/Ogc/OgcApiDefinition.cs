using System.Text.Json.Nodes;

namespace Hotspots.Api.Ogc;

/// <summary>The OpenAPI 3.0 definition the landing page links to (service-desc): the paths and the items parameters.</summary>
public static class OgcApiDefinition
{
    public static JsonObject For(string root)
    {
        JsonObject Get(string summary, params JsonObject[] parameters) => new()
        {
            ["get"] = new JsonObject
            {
                ["summary"] = summary,
                ["parameters"] = new JsonArray([.. parameters]),
                ["responses"] = new JsonObject { ["200"] = new JsonObject { ["description"] = "OK" }, ["401"] = new JsonObject { ["description"] = "A bearer token is required." } },
            },
        };
        JsonObject Parameter(string name, string @in, string type, string description, int? maximum = null)
        {
            var schema = new JsonObject { ["type"] = type };
            if (maximum is { } max) schema["maximum"] = max;
            return new() { ["name"] = name, ["in"] = @in, ["required"] = @in == "path", ["description"] = description, ["schema"] = schema };
        }
        var collection = Parameter("collectionId", "path", "string", "incidents, counted-cells, areas, saved-hotspots or run-{id}-{cells|hotspots|clusters}.");
        return new()
        {
            ["openapi"] = "3.0.3",
            ["info"] = new JsonObject { ["title"] = "Hotspots OGC API – Features", ["version"] = "1.0.0" },
            ["servers"] = new JsonArray(new JsonObject { ["url"] = root }),
            ["components"] = new JsonObject { ["securitySchemes"] = new JsonObject { ["bearer"] = new JsonObject { ["type"] = "http", ["scheme"] = "bearer" } } },
            ["security"] = new JsonArray(new JsonObject { ["bearer"] = new JsonArray() }),
            ["paths"] = new JsonObject
            {
                ["/"] = Get("Landing page"),
                ["/conformance"] = Get("Conformance classes"),
                ["/collections"] = Get("The collections of your view"),
                ["/collections/{collectionId}"] = Get("One collection", collection),
                ["/collections/{collectionId}/items"] = Get("A page of features", collection,
                    Parameter("limit", "query", "integer", "Features per page (default 1000).", OgcQuery.MaxLimit),
                    Parameter("offset", "query", "integer", "Features to skip; the next link sets it."),
                    Parameter("bbox", "query", "string", "minx,miny,maxx,maxy in bbox-crs (CRS84 unless given)."),
                    Parameter("bbox-crs", "query", "string", "CRS84 or EPSG:27700 as URIs."),
                    Parameter("crs", "query", "string", "The CRS to answer in: CRS84 (default) or EPSG:27700 as URIs."),
                    Parameter("datetime", "query", "string", "An RFC 3339 instant or interval; counted cells answer by whole months.")),
                ["/collections/{collectionId}/items/{featureId}"] = Get("One feature", collection,
                    Parameter("featureId", "path", "string", "The feature's id.")),
            },
        };
    }
}
