using Hotspots.Problems;
using Hotspots.Tests.Api;
using Hotspots.Tests.Telemetry;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hotspots.Tests.Problems.Reminders;

/// <summary>
/// The server with Hotspots:Smtp pointing at <see cref="SmtpPort"/> on loopback, and a group whose owners have actions due:
/// analyst.police and partner.housing have e-mail addresses, chair.council has none.
/// </summary>
public abstract class ReminderMailFixture : ProblemsFixture
{
    public const string Link = "https://hotspots.kirklees.example";
    public CapturedLog Log { get; } = new();
    protected abstract int SmtpPort { get; }

    protected override void Configure(IWebHostBuilder web)
    {
        web.UseSetting("Hotspots:Smtp:Host", "127.0.0.1");
        web.UseSetting("Hotspots:Smtp:Port", SmtpPort.ToString());
        web.UseSetting("Hotspots:Smtp:From", "hotspots@kirklees.example");
        web.UseSetting("Hotspots:Smtp:UseTls", "false");
        web.UseSetting("Hotspots:PublicUrl", Link);
        web.ConfigureLogging(logging => logging.AddProvider(Log));
    }

    public static ReminderMailer Mailer(WebApplicationFactory<Program> server) => server.Services.GetRequiredService<ReminderMailer>();

    /// <summary>analyst.police and partner.housing give their addresses, as each would on their own account.</summary>
    public async Task GiveAddresses()
    {
        foreach (var owner in new[] { "analyst.police", "partner.housing" })
        {
            using var client = await SignedIn(owner);
            await client.Data("mutation($address: String) { setReminderEmail(address: $address) }", new { address = $"{owner}@kirklees.example" });
        }
    }

    public static async Task<string> Assign(HttpClient client, string planId, string what, string owner, int dueInDays) =>
        (await client.Data("""
            mutation($planId: ID!, $what: String!, $agency: String!, $owner: String!, $dueOn: DateOnly!) {
              assignAction(planId: $planId, what: $what, owningAgency: $agency, owner: $owner, dueOn: $dueOn, objective: PARTNERSHIP_PROBLEM_SOLVING) { id }
            }
            """, new { planId, what, agency = owner.Split('.')[1], owner, dueOn = Day(dueInDays) }))["assignAction"]!["id"]!.GetValue<string>();
}
