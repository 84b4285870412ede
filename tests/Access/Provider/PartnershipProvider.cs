using System.Collections.Concurrent;
using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using static OpenIddict.Abstractions.OpenIddictConstants;
using static OpenIddict.Server.OpenIddictServerEvents;

namespace Hotspots.Tests.Access.Provider;

/// <summary>Someone the provider knows: their groups (mapped to our roles by configuration) and the agency they claim.</summary>
public sealed record ProviderPerson(string Username, string Name, string[] Groups, string? Agency);

/// <summary>
/// A real OpenID Connect provider for the partnership, on its own Kestrel port: OpenIddict's server in degraded mode (no
/// store: the client and its redirect are checked here, and codes are self-contained), with ephemeral keys, the
/// authorisation code flow with PKCE required, and a login page where its people sign in with one shared password.
/// </summary>
public sealed class PartnershipProvider : IAsyncDisposable
{
    public const string ClientId = "hotspots-workspace";
    public const string Audience = "hotspots-kmsp";
    public const string Password = "provider-password";
    public const string Name = "Kirklees Council";
    private readonly ConcurrentDictionary<string, ProviderPerson> people = new(StringComparer.Ordinal);
    private WebApplication app = null!;

    /// <summary>Its issuer, as its tokens' iss claim says it (OpenIddict writes the trailing slash).</summary>
    public string Authority { get; private set; } = "";

    public void Add(ProviderPerson person) => people[person.Username] = person;

    public static async Task<PartnershipProvider> Start()
    {
        var provider = new PartnershipProvider();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(options =>
        {
            options.LoginPath = "/login";
            // Cookies ignore ports: the workspace on the same host must not see the provider's session as its own.
            options.Cookie.Name = "partnership-provider-session";
        });
        builder.Services.AddOpenIddict().AddServer(options =>
        {
            options.SetAuthorizationEndpointUris("connect/authorize").SetTokenEndpointUris("connect/token");
            options.AllowAuthorizationCodeFlow().RequireProofKeyForCodeExchange();
            options.RegisterScopes(Scopes.OpenId, Scopes.Profile);
            options.AddEphemeralEncryptionKey().AddEphemeralSigningKey().DisableAccessTokenEncryption();
            options.EnableDegradedMode();
            options.UseAspNetCore().EnableAuthorizationEndpointPassthrough().DisableTransportSecurityRequirement();
            options.AddEventHandler<ValidateAuthorizationRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                if (context.ClientId != ClientId)
                    context.Reject(Errors.InvalidClient, $"The client {context.ClientId} is not registered.");
                else if (context.RedirectUri is not { } uri || !uri.StartsWith("http://127.0.0.1:", StringComparison.Ordinal) || !uri.EndsWith("/auth/provider/callback", StringComparison.Ordinal))
                    context.Reject(Errors.InvalidRequest, $"The redirect {context.RedirectUri} is not registered for {ClientId}.");
                return default;
            }));
            options.AddEventHandler<ValidateTokenRequestContext>(handler => handler.UseInlineHandler(context =>
            {
                if (context.ClientId != ClientId) context.Reject(Errors.InvalidClient, $"The client {context.ClientId} is not registered.");
                return default;
            }));
        });
        provider.app = builder.Build();
        provider.app.UseAuthentication();
        provider.app.MapMethods("/connect/authorize", [HttpMethods.Get, HttpMethods.Post], (Func<HttpContext, Task<IResult>>)provider.Authorize);
        provider.app.MapGet("/login", (string? returnUrl) => Results.Content(LoginPage(returnUrl ?? "/", null), "text/html"));
        provider.app.MapPost("/login", (Func<HttpContext, Task<IResult>>)provider.LogIn);
        await provider.app.StartAsync();
        provider.Authority = provider.app.Urls.First().TrimEnd('/') + "/";
        return provider;
    }

    /// <summary>Signed in here already: the code goes back to the workspace with the person's claims; otherwise to the login page.</summary>
    private async Task<IResult> Authorize(HttpContext http)
    {
        var request = http.GetOpenIddictServerRequest()!;
        var session = await http.AuthenticateAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        if (!session.Succeeded || !people.TryGetValue(session.Principal!.Identity!.Name!, out var person))
            return Results.Challenge(new AuthenticationProperties { RedirectUri = http.Request.Path + http.Request.QueryString }, [CookieAuthenticationDefaults.AuthenticationScheme]);
        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, person.Username).SetClaim(Claims.PreferredUsername, person.Username).SetClaim(Claims.Name, person.Name);
        foreach (var group in person.Groups) identity.AddClaim(new Claim("groups", group));
        if (person.Agency is not null) identity.SetClaim("kmsp_agency", person.Agency);
        identity.SetScopes(request.GetScopes()).SetResources(Audience);
        identity.SetDestinations(_ => [Destinations.AccessToken, Destinations.IdentityToken]);
        return Results.SignIn(new ClaimsPrincipal(identity), authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private async Task<IResult> LogIn(HttpContext http)
    {
        var form = await http.Request.ReadFormAsync();
        var returnUrl = form["returnUrl"].ToString();
        if (!returnUrl.StartsWith('/')) returnUrl = "/";
        var username = form["username"].ToString();
        if (!people.ContainsKey(username) || form["password"] != Password)
            return Results.Content(LoginPage(returnUrl, "Wrong username or password."), "text/html");
        await http.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme,
            new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Name, username)], CookieAuthenticationDefaults.AuthenticationScheme)));
        return Results.Redirect(returnUrl);
    }

    private static string LoginPage(string returnUrl, string? error) => $"""
        <!doctype html><html lang="en"><head><title>{Name} sign-in</title></head><body>
        <h1>{Name}</h1>{(error is null ? "" : $"<p role=\"alert\">{error}</p>")}
        <form method="post" action="/login">
          <input type="hidden" name="returnUrl" value="{WebUtility.HtmlEncode(returnUrl)}">
          <label for="username">Council username</label><input id="username" name="username">
          <label for="password">Council password</label><input id="password" name="password" type="password">
          <button type="submit">Continue</button>
        </form></body></html>
        """;

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}
