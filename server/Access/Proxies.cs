using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Hotspots.Access;

/// <summary>
/// Where a request came from, for the sign-in limit, the back-off and the audit's "from where". Behind the load balancer
/// of docs/scaling.md every connection comes from the balancer, so X-Forwarded-For is read, but only from the proxies
/// configured in Hotspots:Proxies (addresses or networks, comma-separated). With none configured the header is ignored,
/// because anyone can send it. ASP.NET Core's forwarded-headers middleware does the reading.
/// </summary>
public static class Proxies
{
    public static IServiceCollection AddProxies(this IServiceCollection services, IConfiguration configuration)
    {
        var networks = Parse(configuration["Hotspots:Proxies"]);
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            // The framework trusts loopback by default; only what is configured is trusted here.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var network in networks) options.KnownIPNetworks.Add(network);
            // Walks back through chained configured proxies and stops at the first address that is not one: the client.
            options.ForwardLimit = null;
        });
        return services;
    }

    /// <summary>
    /// Only with proxies configured: the middleware trusts every sender when its lists are empty, so with none it is
    /// not added at all and the header is ignored.
    /// </summary>
    public static WebApplication UseProxies(this WebApplication app)
    {
        if (Parse(app.Configuration["Hotspots:Proxies"]).Count > 0) app.UseForwardedHeaders();
        return app;
    }

    /// <summary>A wrong entry stops the server at start-up rather than trusting the wrong machine in silence.</summary>
    public static IReadOnlyList<System.Net.IPNetwork> Parse(string? setting) =>
        (setting ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(entry =>
            System.Net.IPNetwork.TryParse(entry, out var network) ? network
            : IPAddress.TryParse(entry, out var address) ? new System.Net.IPNetwork(address, address.GetAddressBytes().Length * 8)
            : throw new InvalidOperationException(
                $"Hotspots:Proxies: \"{entry}\" is neither an address nor a network; give e.g. 10.0.0.5 or 10.0.0.0/24, comma-separated.")).ToList();
}
