namespace Hotspots.Problems;

/// <summary>Hotspots:Smtp, the partnership's mail server for reminder e-mails; none is configured unless Host is set.</summary>
public sealed record SmtpSettings(string Host, int Port, string From, string? UserName, string? Password, bool UseTls, int SendFromHour, string Link)
{
    public static SmtpSettings? Read(IConfiguration configuration)
    {
        var smtp = configuration.GetSection("Hotspots:Smtp");
        if (smtp["Host"] is not { Length: > 0 } host) return null;
        var from = smtp["From"] is { Length: > 0 } f ? f
            : throw new InvalidOperationException("Hotspots:Smtp:From must be set with Hotspots:Smtp:Host: the address reminder e-mails come from.");
        var hour = smtp.GetValue("SendFromHour", 7);
        if (hour is < 0 or > 23) throw new InvalidOperationException($"Hotspots:Smtp:SendFromHour must be an hour of the day, 0–23 (was {hour}).");
        var useTls = smtp.GetValue("UseTls", true);
        var link = (configuration["Hotspots:PublicUrl"] is { Length: > 0 } url ? url.TrimEnd('/') : "http://localhost:5080") + "/actions";
        return new SmtpSettings(host, smtp.GetValue("Port", useTls ? 587 : 25), from, smtp["UserName"], smtp["Password"], useTls, hour, link);
    }
}
