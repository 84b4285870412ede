using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Hotspots.Access;

public sealed class TokenIssuer(SymmetricSecurityKey key, TimeProvider clock)
{
    public const string Issuer = "hotspots";
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(60);

    public (string Token, DateTimeOffset ExpiresAt) Issue(Viewer viewer)
    {
        var now = clock.GetUtcNow();
        var expires = now + Lifetime;
        var token = new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Issuer,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expires.UtcDateTime,
            Subject = new ClaimsIdentity([
                new Claim("sub", viewer.Username),
                new Claim(Viewer.RoleClaim, viewer.Role.ToString()),
                new Claim(Viewer.AgencyClaim, viewer.Agency),
            ]),
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.HmacSha256),
        });
        return (token, expires);
    }
}
