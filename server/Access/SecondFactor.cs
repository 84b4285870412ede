using OtpNet;
using QRCoder;

namespace Hotspots.Access;

/// <summary>Time-based one-time codes (RFC 6238) from an authenticator app, which an administrator can require.</summary>
public static class SecondFactor
{
    public static string NewSecret() => Base32Encoding.ToString(KeyGeneration.GenerateRandomKey(20));

    public static string EnrolmentUri(string username, string secret) =>
        $"otpauth://totp/Hotspots:{Uri.EscapeDataString(username)}?secret={secret}&issuer=Hotspots";

    public static string QrCode(string enrolmentUri)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(enrolmentUri, QRCodeGenerator.ECCLevel.M);
        return "data:image/png;base64," + Convert.ToBase64String(new PngByteQRCode(data).GetGraphic(6));
    }

    public static string Code(string secret, DateTime utc) => new Totp(Base32Encoding.ToBytes(secret)).ComputeTotp(utc);

    public const string Replayed = "This code has already been used: wait for the next one from your authenticator app.";

    /// <summary>
    /// Why the code is not accepted (null when it is), and the 30-second time step it belongs to, which the caller
    /// claims for the account so that neither this code nor an older one signs in again (<see cref="Accounts.UseTimeStep"/>).
    /// </summary>
    public static (string? Problem, long Step) Check(string? secret, string? code, TimeProvider clock)
    {
        if (string.IsNullOrEmpty(secret)) return ("This account needs a second factor but has none set up: ask an administrator.", 0);
        if (string.IsNullOrWhiteSpace(code)) return ("This account needs the 6-digit code from your authenticator app.", 0);
        var totp = new Totp(Base32Encoding.ToBytes(secret));
        return totp.VerifyTotp(clock.GetUtcNow().UtcDateTime, code.Trim(), out var step, VerificationWindow.RfcSpecifiedNetworkDelay)
            ? (null, step)
            : ("The authenticator code is wrong or has expired.", 0);
    }
}
