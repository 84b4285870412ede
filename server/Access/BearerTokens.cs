using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Hotspots.Access;

/// <summary>
/// How a bearer token becomes a <see cref="Viewer"/>. Our own tokens (after a password sign-in, or after a browser
/// sign-in through the provider) are checked with our key; with Hotspots:Oidc:Authority set, tokens the provider issued
/// are checked with its keys and their claims mapped by <see cref="ProviderClaims"/>. Either way the result is the
/// same claims, so everything after sign-in is one code path, and each request is checked against the account as it is.
/// </summary>
public static class BearerTokens
{
    public const string Ours = "hotspots-token";
    public const string Providers = "provider-token";
    private static readonly TimeSpan ClockSkew = TimeSpan.FromSeconds(30);

    public static AuthenticationBuilder AddBearerTokens(this AuthenticationBuilder authentication, ProviderSettings provider)
    {
        // One scheme for callers, which picks by the token's issuer: ours or the provider's, each checked only its own way.
        authentication.AddPolicyScheme(JwtBearerDefaults.AuthenticationScheme, "Bearer token", options =>
            options.ForwardDefaultSelector = http => provider.Configured && IssuedBySomeoneElse(http) ? Providers : Ours);
        authentication.AddJwtBearer(Ours);
        authentication.Services.AddOptions<JwtBearerOptions>(Ours).Configure<SymmetricSecurityKey>((options, key) =>
        {
            options.MapInboundClaims = false;
            options.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = TokenIssuer.Issuer, ValidAudience = TokenIssuer.Issuer, IssuerSigningKey = key, ClockSkew = ClockSkew,
            };
            options.Events = new JwtBearerEvents { OnTokenValidated = AdmitOurs, OnChallenge = Refuse };
        });
        if (!provider.Configured) return authentication;
        return authentication.AddJwtBearer(Providers, options =>
        {
            options.MapInboundClaims = false;
            options.Authority = provider.Authority;
            options.Audience = provider.Audience;
            // Only for a provider on loopback in tests; a real provider is reached over HTTPS.
            options.RequireHttpsMetadata = provider.RequireHttpsMetadata;
            options.TokenValidationParameters.ClockSkew = ClockSkew;
            options.Events = new JwtBearerEvents { OnTokenValidated = AdmitProviders, OnChallenge = Refuse };
        });
    }

    private static bool IssuedBySomeoneElse(HttpContext http)
    {
        var header = http.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)) return false;
        var token = header["Bearer ".Length..].Trim();
        var reader = new JsonWebTokenHandler();
        return reader.CanReadToken(token) && reader.ReadJsonWebToken(token).Issuer != TokenIssuer.Issuer;
    }

    private static async Task AdmitOurs(TokenValidatedContext context)
    {
        var token = context.Principal!;
        var username = token.FindFirstValue("sub");
        var agency = token.FindFirstValue(Viewer.AgencyClaim);
        if (username is null || agency is null || Viewer.ParseRole(token.FindFirstValue(Viewer.RoleClaim)) is not { } role)
        {
            context.Fail("The token must carry the claims sub, hotspots_role and hotspots_agency.");
            return;
        }
        await Admit(context, new Viewer(username, role, agency), check: true);
    }

    /// <summary>
    /// The first request with each of the provider's tokens is our sign-in: the account is made or brought up to date
    /// and the sign-in audited. Later requests map the same claims again and check the account as it is now.
    /// </summary>
    private static async Task AdmitProviders(TokenValidatedContext context)
    {
        var services = context.HttpContext.RequestServices;
        var token = context.SecurityToken;
        var key = $"provider sign-in|{token.Issuer}|{token.Id}|{token.ValidTo:O}|{context.Principal!.FindFirstValue("sub")}";
        var seen = services.GetRequiredService<IMemoryCache>();
        if (seen.TryGetValue(key, out ProviderPerson? person))
        {
            await Admit(context, person!.AsViewer(), check: true);
            return;
        }
        var outcome = await services.GetRequiredService<ProviderAccounts>().SignIn(context.Principal!, token.Issuer, "token",
            context.HttpContext.Connection.RemoteIpAddress?.ToString(), context.HttpContext.RequestAborted);
        if (outcome.Person is null)
        {
            context.Fail(outcome.Refusal!);
            return;
        }
        seen.Set(key, outcome.Person, new DateTimeOffset(token.ValidTo, TimeSpan.Zero).AddMinutes(1));
        // Just written, so the account is as the token says; the cached state may still be a few seconds older.
        await Admit(context, outcome.Person.AsViewer(), check: false);
    }

    private static async Task Admit(TokenValidatedContext context, Viewer viewer, bool check)
    {
        // Checked against the account as it is now (cached for seconds), so a demotion or a deactivation takes effect at
        // once rather than when the token expires.
        if (check && await context.HttpContext.RequestServices.GetRequiredService<AccountStates>()
                .Problem(viewer, context.HttpContext.RequestAborted) is { } changed)
        {
            context.Fail(changed);
            return;
        }
        List<Claim> kept = [new Claim("sub", viewer.Username), new Claim(Viewer.RoleClaim, viewer.Role.ToString()), new Claim(Viewer.AgencyClaim, viewer.Agency),
            new Claim("exp", new DateTimeOffset(context.SecurityToken.ValidTo, TimeSpan.Zero).ToUnixTimeSeconds().ToString())];
        context.Principal = new ClaimsPrincipal(new ClaimsIdentity(kept, context.Scheme.Name, "sub", Viewer.RoleClaim));
    }

    /// <summary>A refused token answers 401 with why, in words, and the refusal is audited; no token is just 401.</summary>
    private static async Task Refuse(JwtBearerChallengeContext context)
    {
        if (context.AuthenticateFailure is not { } failure) return;
        context.HandleResponse();
        var error = Explain(failure is AggregateException { InnerExceptions.Count: > 0 } many ? many.InnerExceptions[0] : failure);
        var http = context.HttpContext;
        await http.RequestServices.GetRequiredService<AuditLog>().Record((string?)null, null, "sign-in refused: token",
            detail: new { error, path = http.Request.Path.Value }, origin: http.Connection.RemoteIpAddress?.ToString(), cancel: http.RequestAborted);
        http.Response.StatusCode = StatusCodes.Status401Unauthorized;
        http.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
        await http.Response.WriteAsJsonAsync(new SignInRefused(error), http.RequestAborted);
    }

    private static string Explain(Exception failure) => failure switch
    {
        SecurityTokenExpiredException expired => $"The token expired at {expired.Expires:yyyy-MM-dd HH:mm:ss} UTC; sign in again.",
        SecurityTokenNotYetValidException => "The token is not valid yet; check the clocks of this server and the sign-in provider.",
        SecurityTokenInvalidAudienceException => "The token was issued for another service, not this one (wrong audience).",
        SecurityTokenInvalidIssuerException => "The token was not issued by the partnership's sign-in provider (wrong issuer).",
        SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException =>
            "The token's signature does not verify: it is unsigned, altered, or signed by someone else.",
        SecurityTokenException => "The token is not valid; sign in again.",
        _ => failure.Message,
    };
}
