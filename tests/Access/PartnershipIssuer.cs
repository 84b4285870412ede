using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Hotspots.Tests.Access;

/// <summary>
/// A real OpenID Connect issuer on loopback, standing in for the partnership's provider: it serves its discovery
/// document and the public half of an RSA key the test holds, and signs whatever tokens a test asks for.
/// </summary>
public sealed class PartnershipIssuer : IAsyncDisposable
{
    public const string KeyId = "partnership-2026";
    private readonly RSA key = RSA.Create(2048);
    private WebApplication app = null!;
    public string Authority { get; private set; } = "";

    public static async Task<PartnershipIssuer> Start()
    {
        var issuer = new PartnershipIssuer();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        issuer.app = builder.Build();
        issuer.app.MapGet("/.well-known/openid-configuration", () => Results.Json(new
        {
            issuer = issuer.Authority,
            jwks_uri = $"{issuer.Authority}/jwks",
            id_token_signing_alg_values_supported = new[] { "RS256" },
        }));
        issuer.app.MapGet("/jwks", () =>
        {
            var p = issuer.key.ExportParameters(false);
            return Results.Json(new { keys = new[] { new { kty = "RSA", use = "sig", alg = "RS256", kid = KeyId, n = Base64UrlEncoder.Encode(p.Modulus), e = Base64UrlEncoder.Encode(p.Exponent) } } });
        });
        await issuer.app.StartAsync();
        issuer.Authority = issuer.app.Urls.First().TrimEnd('/');
        return issuer;
    }

    /// <summary>A token as the provider would issue it; each argument bends one thing a test wants to see refused.</summary>
    public string Token(Dictionary<string, object> claims, string audience, string? issuer = null, TimeSpan? expiresIn = null,
        RSA? signedBy = null, bool unsigned = false)
    {
        var now = DateTime.UtcNow;
        var expires = now + (expiresIn ?? TimeSpan.FromMinutes(30));
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? Authority,
            Audience = audience,
            IssuedAt = expires.AddHours(-1),
            NotBefore = expires.AddHours(-1),
            Expires = expires,
            Claims = claims,
            SigningCredentials = unsigned ? null
                : new SigningCredentials(new RsaSecurityKey(signedBy ?? key) { KeyId = KeyId }, SecurityAlgorithms.RsaSha256),
        });
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        key.Dispose();
    }
}
