using System.Text.Json.Nodes;
using Hotspots.Access;
using Hotspots.Analysis;
using Microsoft.AspNetCore.Http.Extensions;

namespace Hotspots.Api.Ogc;

/// <summary>
/// <c>/ogc</c>: an OGC API – Features endpoint serving the viewer's view to their own GIS (QGIS, ArcGIS Pro, GDAL), with
/// the same bearer token as GraphQL and no anonymous access. Every items read is marked and audited like an export.
/// </summary>
public static class OgcEndpoints
{
    public static IServiceCollection AddOgc(this IServiceCollection services) =>
        services.AddSingleton<OgcIncidents>().AddSingleton<OgcAreas>().AddSingleton<OgcQuietPlaces>().AddSingleton<OgcRunLayers>().AddSingleton<OgcCollections>();

    public static WebApplication MapOgc(this WebApplication app)
    {
        var ogc = app.MapGroup("/ogc").RequireRateLimiting(AccessServices.ApiLimit);
        ogc.MapGet("/", (HttpContext http) => Document(http, root => OgcDocuments.Landing(root)));
        ogc.MapGet("/api", (HttpContext http) => Document(http, OgcApiDefinition.For, OgcDocuments.OpenApi));
        ogc.MapGet("/conformance", (HttpContext http) => Document(http, _ => OgcDocuments.Conformance()));
        ogc.MapGet("/collections", async (HttpContext http, OgcCollections collections) =>
        {
            if (Viewer.From(http.User) is not { } viewer) return Results.Unauthorized();
            var (listed, extent) = (await collections.For(viewer, http.RequestAborted), await collections.Extent(http.RequestAborted));
            return Document(http, root => OgcDocuments.Collections(root, listed, extent));
        });
        ogc.MapGet("/collections/{id}", Collection);
        ogc.MapGet("/collections/{id}/items", Items);
        ogc.MapGet("/collections/{id}/items/{featureId}", Items);
        return app;
    }

    private static IResult Document(HttpContext http, Func<string, JsonObject> document, string type = OgcDocuments.Json)
    {
        if (Viewer.From(http.User) is null) return Results.Unauthorized();
        return Results.Text(document(Root(http)).ToJsonString(), type);
    }

    private static async Task<IResult> Collection(HttpContext http, string id, OgcCollections collections)
    {
        if (Viewer.From(http.User) is not { } viewer) return Results.Unauthorized();
        return await collections.Describe(viewer, id, http.RequestAborted) is { } collection
            ? Results.Text(OgcDocuments.Collection(Root(http), collection, await collections.Extent(http.RequestAborted)).ToJsonString(), OgcDocuments.Json)
            : Missing(id);
    }

    private static async Task<IResult> Items(HttpContext http, string id, string? featureId, OgcCollections collections, AuditLog audit)
    {
        if (Viewer.From(http.User) is not { } viewer) return Results.Unauthorized();
        var (query, problem) = OgcQuery.Read(http.Request.Query);
        if (query is null) return Results.Json(new { code = "InvalidParameterValue", description = problem }, statusCode: StatusCodes.Status400BadRequest);
        if (featureId is not null) query = query with { FeatureId = featureId, Offset = 0, Limit = 1 };
        var cancel = http.RequestAborted;
        if (await collections.Items(viewer, id, query, cancel) is not { } page) return Missing(id);
        if (featureId is not null && page.Features.Count == 0)
            return Results.Json(new { code = "NotFound", description = $"{id} has no feature {featureId} in your view." }, statusCode: StatusCodes.Status404NotFound);

        await audit.Record(viewer, "read ogc features", $"ogc:{id}", new
        {
            featureId, filter = query.Filter.Audited(), query.Limit, query.Offset, crs = query.Crs.Uri,
            returned = page.Features.Count, matched = page.Matched, marking = ExportMarking.Text,
        }, cancel: cancel);
        http.Response.Headers["X-Classification"] = ExportMarking.Text;
        http.Response.Headers["Content-Crs"] = $"<{query.Crs.Uri}>";
        http.Response.Headers.CacheControl = "no-store";
        var self = http.Request.GetEncodedUrl();
        if (featureId is not null) return Results.Bytes(OgcItems.Write(page.Features[0], self), OgcDocuments.GeoJson);
        var next = query.Offset + page.Features.Count < page.Matched ? WithOffset(http, query.Offset + query.Limit) : null;
        var previous = query.Offset > 0 ? WithOffset(http, Math.Max(0, query.Offset - query.Limit)) : null;
        return Results.Bytes(OgcItems.Write(page, self, next, previous), OgcDocuments.GeoJson);
    }

    private static string WithOffset(HttpContext http, int offset)
    {
        var query = new QueryBuilder(http.Request.Query.Where(p => p.Key != "offset").SelectMany(p => p.Value.Select(v => KeyValuePair.Create(p.Key, v ?? ""))))
        {
            { "offset", offset.ToString(System.Globalization.CultureInfo.InvariantCulture) },
        };
        return UriHelper.BuildAbsolute(http.Request.Scheme, http.Request.Host, http.Request.PathBase, http.Request.Path, query.ToQueryString());
    }

    private static IResult Missing(string id) => Results.Json(new
    {
        code = "NotFound",
        description = $"There is no collection {id} you may open: see /ogc/collections (a run's layers are run-{{id}}-cells, -hotspots or -clusters, for runs you may reopen).",
    }, statusCode: StatusCodes.Status404NotFound);

    private static string Root(HttpContext http) => $"{http.Request.Scheme}://{http.Request.Host}{http.Request.PathBase}/ogc";
}
