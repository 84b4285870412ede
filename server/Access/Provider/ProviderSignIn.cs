using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Hotspots.Access;

/// <summary>
/// "Sign in with …" in the browser: the authorisation code flow with PKCE, run by ASP.NET Core's OpenID Connect handler
/// (state, nonce, PKCE and the ID token's signature are its checks). At the callback the person's claims are mapped and
/// their account made or brought up to date (<see cref="ProviderAccounts"/>), and the workspace's own token is handed
/// to the page through <see cref="ProviderHandover"/>, never in a URL.
/// </summary>
public static class ProviderSignIn
{
    public const string Scheme = "provider";
    public const string CallbackPath = "/auth/provider/callback";
    private const string IssuerItem = "hotspots.issuer";

    public static AuthenticationBuilder AddProviderSignIn(this AuthenticationBuilder authentication, ProviderSettings provider)
    {
        if (!provider.BrowserSignIn) return authentication;
        return authentication.AddOpenIdConnect(Scheme, provider.Name, options =>
        {
            options.Authority = provider.Authority;
            options.ClientId = provider.ClientId;
            options.ClientSecret = provider.ClientSecret;
            options.ResponseType = OpenIdConnectResponseType.Code;
            // The code comes back on a plain redirect, so the correlation cookies can be SameSite=Lax rather than None.
            options.ResponseMode = OpenIdConnectResponseMode.Query;
            options.UsePkce = true;
            options.MapInboundClaims = false;
            options.SaveTokens = false;
            options.RequireHttpsMetadata = provider.RequireHttpsMetadata;
            options.CallbackPath = CallbackPath;
            options.Scope.Clear();
            foreach (var scope in provider.Scopes) options.Scope.Add(scope);
            foreach (var cookie in new[] { options.CorrelationCookie, options.NonceCookie })
            {
                cookie.SameSite = SameSiteMode.Lax;
                // Only for a provider on loopback in tests, where the workspace too is plain HTTP.
                if (!provider.RequireHttpsMetadata) cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            }
            options.Events = new OpenIdConnectEvents
            {
                OnTokenValidated = context =>
                {
                    context.Properties!.Items[IssuerItem] = context.SecurityToken.Issuer;
                    return Task.CompletedTask;
                },
                // After the nonce and the rest are checked: the last event before the handler would sign in.
                OnTicketReceived = Arrived,
                OnRemoteFailure = Failed,
            };
        });
    }

    private static async Task Arrived(TicketReceivedContext context)
    {
        var http = context.HttpContext;
        var services = http.RequestServices;
        var settings = services.GetRequiredService<ProviderSettings>();
        var issuer = context.Properties!.Items[IssuerItem]!;
        var origin = http.Connection.RemoteIpAddress?.ToString();
        var outcome = await services.GetRequiredService<ProviderAccounts>().SignIn(context.Principal!, issuer, "browser", origin, http.RequestAborted);
        if (outcome.Person is { } person)
        {
            var (token, expiresAt) = services.GetRequiredService<TokenIssuer>().Issue(person.AsViewer());
            ProviderHandover.Give(http, new SignedIn(token, expiresAt, person.Username, person.DisplayName, person.Role.ToString(), person.Agency));
        }
        else
        {
            await services.GetRequiredService<AuditLog>().Record(context.Principal!.FindFirst(settings.UsernameClaim)?.Value, null,
                "sign-in refused: provider", detail: new { provider = issuer, error = outcome.Refusal }, origin: origin, cancel: http.RequestAborted);
            ProviderHandover.Refuse(http, outcome.Refusal!);
        }
        context.Response.Redirect($"{http.Request.PathBase}/");
        context.HandleResponse();
    }

    /// <summary>The provider said no, the person cancelled, or a check failed (state, nonce, code): said on the sign-in page, and audited.</summary>
    private static async Task Failed(RemoteFailureContext context)
    {
        var http = context.HttpContext;
        var name = http.RequestServices.GetRequiredService<ProviderSettings>().Name;
        var error = $"Signing in with {name} did not finish: {context.Failure?.Message ?? "no reason given"}";
        await http.RequestServices.GetRequiredService<AuditLog>().Record((string?)null, null, "sign-in refused: provider",
            detail: new { error }, origin: http.Connection.RemoteIpAddress?.ToString(), cancel: http.RequestAborted);
        ProviderHandover.Refuse(http, error);
        context.Response.Redirect($"{http.Request.PathBase}/");
        context.HandleResponse();
    }
}
