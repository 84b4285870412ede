namespace Hotspots.Access;

public static class SecurityHeaders
{
    /// <summary>Blazor WebAssembly needs 'wasm-unsafe-eval'; an optional basemap host is allowed for map tiles.</summary>
    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        var basemap = app.Configuration["Hotspots:Basemap:Url"] is { Length: > 0 } url ? " " + new Uri(url.Replace("{", "").Replace("}", "")).GetLeftPart(UriPartial.Authority) : "";
        app.Use(async (http, next) =>
        {
            var headers = http.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers.ContentSecurityPolicy = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; " +
                $"img-src 'self' data: blob:{basemap}; connect-src 'self'{basemap}; worker-src 'self' blob:; frame-ancestors 'none'";
            await next();
        });
        return app;
    }
}
