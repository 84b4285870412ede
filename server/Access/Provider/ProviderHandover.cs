using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Caching.Memory;

namespace Hotspots.Access;

/// <summary>
/// How the outcome of a browser sign-in reaches the page without a token in a URL (which would land in logs and
/// history): an encrypted, HttpOnly, SameSite=Strict cookie scoped to the handover endpoint, good for two minutes,
/// which the page trades once for the token by a POST, as it would after a password sign-in.
/// </summary>
public static class ProviderHandover
{
    public const string Path = "/auth/provider/handover";
    private const string Cookie = "hotspots.handover";
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(2);

    private sealed record Note(string Id, SignedIn? Account, string? Refusal);

    public static void Give(HttpContext http, SignedIn account) => Write(http, new Note(NewId(), account, null));

    public static void Refuse(HttpContext http, string why) => Write(http, new Note(NewId(), null, why));

    private static string NewId() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    private static void Write(HttpContext http, Note note) =>
        http.Response.Cookies.Append(Cookie, Protector(http).Protect(JsonSerializer.Serialize(note), Lifetime), new CookieOptions
        {
            HttpOnly = true, SameSite = SameSiteMode.Strict, Secure = http.Request.IsHttps, Path = $"{http.Request.PathBase}{Path}", MaxAge = Lifetime,
        });

    /// <summary>204 when no sign-in is waiting; the account (200) or why not (401) once, and never again.</summary>
    public static IResult Take(HttpContext http)
    {
        http.Response.Headers.CacheControl = "no-store";
        if (http.Request.Cookies[Cookie] is not { Length: > 0 } sealedNote) return Results.NoContent();
        http.Response.Cookies.Delete(Cookie, new CookieOptions { Path = $"{http.Request.PathBase}{Path}", Secure = http.Request.IsHttps, SameSite = SameSiteMode.Strict });
        Note? note;
        try
        {
            note = JsonSerializer.Deserialize<Note>(Protector(http).Unprotect(sealedNote));
        }
        catch (CryptographicException)
        {
            note = null;
        }
        // Remembered for as long as the cookie could be valid, so a copied cookie is not a second sign-in.
        var used = http.RequestServices.GetRequiredService<IMemoryCache>();
        if (note is null || used.TryGetValue($"handover|{note.Id}", out _))
            return Refused("This sign-in has expired or was already used; sign in again.");
        used.Set($"handover|{note.Id}", true, Lifetime);
        return note.Account is { } account ? Results.Ok(account) : Refused(note.Refusal ?? "The sign-in was refused.");
    }

    private static IResult Refused(string why) => Results.Json(new SignInRefused(why), statusCode: StatusCodes.Status401Unauthorized);

    private static ITimeLimitedDataProtector Protector(HttpContext http) =>
        http.RequestServices.GetRequiredService<IDataProtectionProvider>().CreateProtector("Hotspots.ProviderHandover").ToTimeLimitedDataProtector();
}
