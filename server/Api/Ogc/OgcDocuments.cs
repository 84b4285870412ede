using System.Text.Json.Nodes;
using Hotspots.Analysis;

namespace Hotspots.Api.Ogc;

/// <summary>
/// The JSON documents of OGC API – Features Part 1 (landing page, conformance, collections) with Part 2's CRS lists,
/// as GDAL's OAPIF driver, QGIS and ArcGIS Pro read them. Links are absolute, from the request's own address.
/// </summary>
public static class OgcDocuments
{
    public const string Json = "application/json";
    public const string GeoJson = "application/geo+json";
    public const string OpenApi = "application/vnd.oai.openapi+json;version=3.0";

    public static readonly string[] ConformsTo =
    [
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
        "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
        "http://www.opengis.net/spec/ogcapi-features-2/1.0/conf/crs",
    ];

    public static JsonObject Landing(string root) => new()
    {
        ["title"] = "Hotspots: your view of the partnership's incidents",
        ["description"] = $"{ExportMarking.Text}. {ExportMarking.Handling} Every collection is computed from your own view, as your map shows it.",
        ["classification"] = ExportMarking.Text,
        ["links"] = new JsonArray(
            Link($"{root}", "self", Json, "This document"),
            Link($"{root}/api", "service-desc", OpenApi, "The API definition"),
            Link($"{root}/conformance", "conformance", Json, "Conformance classes"),
            Link($"{root}/collections", "data", Json, "The collections")),
    };

    public static JsonObject Conformance() => new() { ["conformsTo"] = new JsonArray([.. ConformsTo.Select(c => JsonValue.Create(c))]) };

    public static JsonObject Collections(string root, IEnumerable<OgcCollection> collections, double[]? extent) => new()
    {
        ["links"] = new JsonArray(Link($"{root}/collections", "self", Json, "The collections")),
        ["crs"] = Crs(),
        ["collections"] = new JsonArray([.. collections.Select(c => Collection(root, c, extent))]),
    };

    public static JsonObject Collection(string root, OgcCollection collection, double[]? extent)
    {
        var described = Collection(root, collection);
        if (extent is not null)
            described["extent"] = new JsonObject
            {
                ["spatial"] = new JsonObject { ["bbox"] = new JsonArray(new JsonArray([.. extent.Select(v => JsonValue.Create(v))])), ["crs"] = OgcCrs.Crs84.Uri },
            };
        return described;
    }

    private static JsonObject Collection(string root, OgcCollection collection) => new()
    {
        ["id"] = collection.Id,
        ["title"] = collection.Title,
        ["description"] = $"{collection.Description} {ExportMarking.Text}.",
        ["itemType"] = "feature",
        ["crs"] = Crs(),
        ["storageCrs"] = OgcCrs.BritishNationalGrid.Uri,
        ["links"] = new JsonArray(
            Link($"{root}/collections/{collection.Id}", "self", Json, collection.Title),
            Link($"{root}/collections/{collection.Id}/items", "items", GeoJson, $"{collection.Title} as GeoJSON")),
    };

    public static JsonObject Link(string href, string rel, string type, string title) =>
        new() { ["href"] = href, ["rel"] = rel, ["type"] = type, ["title"] = title };

    private static JsonArray Crs() => new([.. OgcCrs.Supported.Select(c => JsonValue.Create(c.Uri))]);
}
