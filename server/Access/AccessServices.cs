using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.IdentityModel.Tokens;
using Npgsql;

namespace Hotspots.Access;

public static class AccessServices
{
    public const string SignInLimit = "sign-in";
    public const string ApiLimit = "api";

    /// <summary>Bearer tokens (see <see cref="BearerTokens"/>) on every endpoint but health and sign-in.</summary>
    public static IServiceCollection AddAccess(this IServiceCollection services, IConfiguration configuration)
    {
        // The signing key is read from the database when first needed (a sign-in or a token to check), not here:
        // registration does no I/O, so the order of the AddX calls cannot matter.
        services.AddSingleton(provider => new SymmetricSecurityKey(SigningKey.Load(provider.GetRequiredService<NpgsqlDataSource>())));
        services.AddMemoryCache().AddSingleton(TimeProvider.System)
            .AddSingleton(provider => new TokenIssuer(provider.GetRequiredService<SymmetricSecurityKey>(), TimeProvider.System))
            .AddSingleton<Accounts>().AddSingleton<AccountStates>().AddSingleton<AuditLog>().AddSingleton<SignIn>().AddSingleton<SignInBackoff>()
            .AddSingleton<Retention>().AddHostedService<RetentionSchedule>().AddSingleton<AuditSearch>().AddSingleton<AccessRuleStore>()
            .AddSingleton<People>().AddSingleton<Agencies>().AddSingleton<SecondFactorEnrolments>();
        var provider = ProviderSettings.From(configuration.GetSection("Hotspots:Oidc"));
        services.AddSingleton(provider).AddSingleton<ProviderAccounts>();
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddBearerTokens(provider).AddProviderSignIn(provider);
        services.AddAuthorization(options =>
            options.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        // Requests per second per account (bursts of six seconds' worth); raised only for load tests on loopback.
        var perSecond = configuration.GetValue("Hotspots:ApiRequestsPerSecond", 20);
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(ApiLimit, http => RateLimitPartition.GetTokenBucketLimiter(
                http.User.FindFirstValue("sub") ?? http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new TokenBucketRateLimiterOptions { TokenLimit = perSecond * 6, TokensPerPeriod = perSecond, ReplenishmentPeriod = TimeSpan.FromSeconds(1) }));
            options.AddPolicy(SignInLimit, http => RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = 20, Window = TimeSpan.FromMinutes(1) }));
        });
        return services;
    }

    public static WebApplication MapAccess(this WebApplication app)
    {
        app.MapPost("/auth/sign-in", (SignInRequest request, SignIn signIn, HttpContext http) => signIn.Handle(request, http))
            .AllowAnonymous().RequireRateLimiting(SignInLimit);
        app.MapGet("/auth/options", (ProviderSettings provider) => new SignInOptions(provider.BrowserSignIn ? provider.Name : null, !provider.Configured))
            .AllowAnonymous();
        app.MapGet("/auth/provider/sign-in", (HttpContext http) => Results.Challenge(new() { RedirectUri = $"{http.Request.PathBase}/" }, [ProviderSignIn.Scheme]))
            .AllowAnonymous().RequireRateLimiting(SignInLimit);
        // Not under the sign-in limit: it only redeems what a sign-in already left in this browser.
        app.MapPost(ProviderHandover.Path, ProviderHandover.Take).AllowAnonymous();
        app.MapGet("/audit/export.csv", AuditExport.Handle).RequireRateLimiting(ApiLimit);
        return app;
    }
}
