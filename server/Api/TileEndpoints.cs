using Hotspots.Access;
using Hotspots.Areas;
using Hotspots.Incidents;
using Hotspots.Places;

namespace Hotspots.Api;

/// <summary>
/// Mapbox vector tiles for layers too large to draw as GeoJSON: <c>GET /tiles/{layer}/{z}/{x}/{y}.mvt</c> with a bearer
/// token, layer one of incidents, premises, risk-businesses. Incident tiles take the incidentMap filter in the query string.
/// </summary>
public static class TileEndpoints
{
    public const string ContentType = "application/vnd.mapbox-vector-tile";

    public static IServiceCollection AddTiles(this IServiceCollection services) =>
        TileCache.AddTileCache(services.AddMemoryCache());

    public static WebApplication MapTiles(this WebApplication app)
    {
        app.MapGet("/tiles/incidents/{z:int}/{x:int}/{y}", Incidents).RequireRateLimiting(AccessServices.ApiLimit);
        app.MapGet("/tiles/premises/{z:int}/{x:int}/{y}", (HttpContext http, PlaceTiles tiles, TileCache cache, int z, int x, string y) =>
            Places(http, cache, "premises", z, x, y, tiles.Premises)).RequireRateLimiting(AccessServices.ApiLimit);
        app.MapGet("/tiles/risk-businesses/{z:int}/{x:int}/{y}", (HttpContext http, PlaceTiles tiles, TileCache cache, int z, int x, string y) =>
            Places(http, cache, "risk-businesses", z, x, y, tiles.RiskBusinesses)).RequireRateLimiting(AccessServices.ApiLimit);
        return app;
    }

    private static async Task<IResult> Incidents(HttpContext http, IncidentTiles tiles, ViewerRights rights, TileCache cache, AuditLog audit,
        int z, int x, string y)
    {
        if (Viewer.From(http.User) is not { } viewer) return Results.Unauthorized();
        if (Address(z, x, y) is not { } tile) return Results.NotFound();
        var (filter, problem) = IncidentFilterQuery.Read(http.Request.Query);
        if (filter is null) return Results.BadRequest(problem);
        var cancel = http.RequestAborted;
        var key = $"incidents|{await rights.Key(viewer, tile, cancel)}|{tile}|{IncidentFilterQuery.Canonical(http.Request.Query)}";
        var (entry, hit) = await cache.GetOrDraw(key, () => tiles.Draw(viewer, filter, tile, cancel));
        await audit.Record(viewer, "view incident tile", $"tile:{tile.Z}/{tile.X}/{tile.Y}", new { filter = filter.Audited() }, cancel: cancel);
        return Answer(http, entry, hit);
    }

    private static async Task<IResult> Places(HttpContext http, TileCache cache, string layer, int z, int x, string y,
        Func<Tile, CancellationToken, Task<byte[]>> draw)
    {
        if (Address(z, x, y) is not { } tile) return Results.NotFound();
        var (entry, hit) = await cache.GetOrDraw($"{layer}|{tile}", () => draw(tile, http.RequestAborted));
        return Answer(http, entry, hit);
    }

    private static Tile? Address(int z, int x, string y) =>
        y.EndsWith(".mvt", StringComparison.Ordinal) && int.TryParse(y[..^4], out var row) ? Tile.Parse(z, x, row) : null;

    private static IResult Answer(HttpContext http, TileCache.Entry entry, bool hit)
    {
        var headers = http.Response.Headers;
        headers.CacheControl = $"private, max-age={(int)TileCache.Lifetime.TotalSeconds}";
        headers.Vary = "Authorization";
        headers.ETag = entry.ETag;
        headers["X-Tile-Cache"] = hit ? "hit" : "miss";
        if (http.Request.Headers.IfNoneMatch == entry.ETag) return Results.StatusCode(StatusCodes.Status304NotModified);
        return Results.Bytes(entry.Tile, ContentType);
    }
}
