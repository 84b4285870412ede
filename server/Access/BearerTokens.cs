using System.Security.Claims;
using Hotspots.Database;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.IdentityModel.Tokens;
using Npgsql;

namespace Hotspots.Access;

/// <summary>
/// How a bearer token becomes a <see cref="Viewer"/>. Tokens come from the partnership's OpenID Connect provider when
/// Hotspots:Oidc:Authority is set, otherwise from local accounts; either way the token's role and agency are checked
/// against ours and turned into the same claims, so everything after sign-in is one code path.
/// </summary>
public static class BearerTokens
{
    public static void Configure(JwtBearerOptions options, IConfigurationSection oidc, SecurityKey localKey)
    {
        options.MapInboundClaims = false;
        var clockSkew = TimeSpan.FromSeconds(30);
        var claims = new TokenClaims("sub", Viewer.RoleClaim, Viewer.AgencyClaim);
        if (oidc["Authority"] is { Length: > 0 } authority)
        {
            options.Authority = authority;
            options.Audience = oidc["Audience"] is { Length: > 0 } audience ? audience
                : throw new InvalidOperationException("Hotspots:Oidc:Audience must be set with Hotspots:Oidc:Authority: tokens for other services must be refused.");
            // Only for a provider on loopback in tests; a real provider is reached over HTTPS.
            options.RequireHttpsMetadata = oidc.GetValue("RequireHttpsMetadata", true);
            options.TokenValidationParameters.ClockSkew = clockSkew;
            claims = new TokenClaims(oidc["UsernameClaim"] ?? "sub", oidc["RoleClaim"] ?? "role", oidc["AgencyClaim"] ?? "agency");
        }
        else
        {
            options.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = TokenIssuer.Issuer,
                ValidAudience = TokenIssuer.Issuer,
                IssuerSigningKey = localKey,
                ClockSkew = clockSkew,
            };
        }
        options.Events = new JwtBearerEvents
        {
            OnTokenValidated = context => Admit(context, claims, fromProvider: oidc["Authority"] is { Length: > 0 }),
            OnChallenge = Refuse,
        };
    }

    private sealed record TokenClaims(string Username, string Role, string Agency);

    private static async Task Admit(TokenValidatedContext context, TokenClaims names, bool fromProvider)
    {
        var token = context.Principal!;
        var username = token.FindFirstValue(names.Username);
        var role = token.FindFirstValue(names.Role);
        var agency = token.FindFirstValue(names.Agency);
        if (username is null || role is null || agency is null)
        {
            context.Fail($"The token must carry the claims {names.Username}, {names.Role} (role) and {names.Agency} (agency).");
            return;
        }
        if (Viewer.ParseRole(role) is not { } parsed)
        {
            context.Fail($"The token's role \"{role}\" is not one of ours: {string.Join(", ", Enum.GetValues<Role>().Select(r => Codes.Of(r)))}.");
            return;
        }
        var units = context.HttpContext.RequestServices.GetRequiredService<UnitOfWork>();
        if (!await units.Read(Viewer.NoOne, work => work.Scalar<bool>("SELECT EXISTS (SELECT 1 FROM agencies WHERE code = $1)", agency),
                context.HttpContext.RequestAborted))
        {
            context.Fail($"The token's agency \"{agency}\" is not an agency of the partnership.");
            return;
        }
        var viewer = new Viewer(username, parsed, agency);
        // Our own tokens are checked against the account as it is now (cached for seconds), so a demotion or a
        // deactivation takes effect at once rather than when the token expires.
        if (!fromProvider && await context.HttpContext.RequestServices.GetRequiredService<AccountStates>()
                .Problem(viewer, context.HttpContext.RequestAborted) is { } changed)
        {
            context.Fail(changed);
            return;
        }
        List<Claim> kept = [new Claim("sub", username), new Claim(Viewer.RoleClaim, parsed.ToString()), new Claim(Viewer.AgencyClaim, agency),
            new Claim("exp", new DateTimeOffset(context.SecurityToken.ValidTo, TimeSpan.Zero).ToUnixTimeSeconds().ToString())];
        if (!fromProvider) kept.Add(new Claim(AccountStates.LocalClaim, "true"));
        context.Principal = new ClaimsPrincipal(new ClaimsIdentity(kept, context.Scheme.Name, "sub", Viewer.RoleClaim));
        if (fromProvider) await AuditFirstUse(context, viewer);
    }

    /// <summary>The provider signs people in, so the first request with each of its tokens is our sign-in to audit.</summary>
    private static async Task AuditFirstUse(TokenValidatedContext context, Viewer viewer)
    {
        var token = context.SecurityToken;
        var key = $"provider sign-in|{viewer.Username}|{token.Id}|{token.ValidTo:O}";
        var seen = context.HttpContext.RequestServices.GetRequiredService<IMemoryCache>();
        if (seen.TryGetValue(key, out _)) return;
        seen.Set(key, true, new DateTimeOffset(token.ValidTo, TimeSpan.Zero).AddMinutes(1));
        var http = context.HttpContext;
        await http.RequestServices.GetRequiredService<AuditLog>().Record(viewer, "sign-in", detail: new { provider = token.Issuer },
            origin: http.Connection.RemoteIpAddress?.ToString(), cancel: http.RequestAborted);
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
