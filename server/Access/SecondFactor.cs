using OtpNet;

namespace Hotspots.Access;

/// <summary>Time-based one-time codes (RFC 6238) from an authenticator app, which an administrator can require.</summary>
public static class SecondFactor
{
    public static string NewSecret() => Base32Encoding.ToString(KeyGeneration.GenerateRandomKey(20));

    public static string EnrolmentUri(string username, string secret) =>
        $"otpauth://totp/Hotspots:{Uri.EscapeDataString(username)}?secret={secret}&issuer=Hotspots";

    public static string Code(string secret, DateTime utc) => new Totp(Base32Encoding.ToBytes(secret)).ComputeTotp(utc);

    /// <summary>Why the code is not accepted, or null when it is.</summary>
    public static string? Problem(string? secret, string? code, TimeProvider clock)
    {
        if (string.IsNullOrEmpty(secret)) return "This account needs a second factor but has none set up: ask an administrator.";
        if (string.IsNullOrWhiteSpace(code)) return "This account needs the 6-digit code from your authenticator app.";
        var totp = new Totp(Base32Encoding.ToBytes(secret));
        return totp.VerifyTotp(clock.GetUtcNow().UtcDateTime, code.Trim(), out _, VerificationWindow.RfcSpecifiedNetworkDelay)
            ? null
            : "The authenticator code is wrong or has expired.";
    }
}
