using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hotspots.Access;
using Hotspots.Tests.Api;

namespace Hotspots.Tests.Access;

/// <summary>TOTP replay: a code seen over a shoulder or in a proxy log must not sign in a second time (RFC 6238 §5.2).</summary>
public sealed class TotpReplayTests(HotspotsApp app) : IClassFixture<HotspotsApp>
{
    private async Task<(HttpStatusCode Status, JsonObject Body)> SignIn(string username, string code)
    {
        using var client = app.Anonymous();
        using var response = await client.PostAsJsonAsync("/auth/sign-in", new { username, password = Hotspots.Demo.DemoAccounts.Password, code });
        return (response.StatusCode, (await response.Content.ReadFromJsonAsync<JsonObject>())!);
    }

    [Fact]
    public async Task A_code_replayed_inside_its_window_is_refused_and_so_is_an_older_one()
    {
        using var admin = await app.SignedIn("admin.council");
        var secret = (await admin.Data("mutation { requireSecondFactor(username: \"analyst.council\") { secret } }"))["requireSecondFactor"]!["secret"]!.GetValue<string>();
        var now = DateTime.UtcNow;
        var code = SecondFactor.Code(secret, now);

        Assert.Equal(HttpStatusCode.OK, (await SignIn("analyst.council", code)).Status);
        var replayed = await SignIn("analyst.council", code);
        Assert.Equal(HttpStatusCode.Unauthorized, replayed.Status);
        Assert.Contains("already been used", replayed.Body["error"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.Unauthorized, (await SignIn("analyst.council", SecondFactor.Code(secret, now.AddSeconds(-30)))).Status);
        Assert.Equal(1, await app.Scalar<long>("SELECT count(*) FROM audit_log WHERE username = 'analyst.council' AND action = 'sign-in'"));
    }
}
