using System.Security.Cryptography;

namespace Hotspots.Access;

/// <summary>
/// The code an administrator reads to a new person (or one who forgot their password): it signs in once, within
/// <see cref="Lasts"/>, and only with a new password of the person's own.
/// </summary>
public static class OneTimeCodes
{
    public static readonly TimeSpan Lasts = TimeSpan.FromDays(3);
    public const int ShortestPassword = 12;

    // No 0/O, 1/I/L: the code is read aloud or copied from a screen.
    private const string Letters = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public static string New() => string.Join('-', RandomNumberGenerator.GetString(Letters, 12).Chunk(4).Select(c => new string(c)));

    public static string? PasswordProblem(string? password, string oneTimeCode) => password switch
    {
        null or "" => "Choose a new password: the one-time code signs in only once.",
        { Length: < ShortestPassword } => $"The new password needs at least {ShortestPassword} characters.",
        _ when password == oneTimeCode => "The new password must not be the one-time code.",
        _ => null,
    };
}
