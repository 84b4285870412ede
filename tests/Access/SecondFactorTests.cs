using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hotspots.Access;
using Hotspots.Tests.Api;

namespace Hotspots.Tests.Access;

public sealed class SecondFactorTests(HotspotsApp app) : IClassFixture<HotspotsApp>
{
    private async Task<(HttpStatusCode Status, JsonObject Body)> SignIn(string username, string? code)
    {
        using var client = app.Anonymous();
        using var response = await client.PostAsJsonAsync("/auth/sign-in", new { username, password = Hotspots.Demo.DemoAccounts.Password, code });
        return (response.StatusCode, (await response.Content.ReadFromJsonAsync<JsonObject>())!);
    }

    [Fact]
    public async Task Once_required_a_second_factor_is_asked_for_checked_and_audited()
    {
        using var admin = await app.SignedIn("admin.council");
        var enrolment = (await admin.Data("mutation { requireSecondFactor(username: \"chair.council\") { secret enrolmentUri } }"))["requireSecondFactor"]!;
        var secret = enrolment["secret"]!.GetValue<string>();
        Assert.StartsWith("otpauth://totp/Hotspots:chair.council?secret=", enrolment["enrolmentUri"]!.GetValue<string>());

        var missing = await SignIn("chair.council", null);
        Assert.Equal(HttpStatusCode.Unauthorized, missing.Status);
        Assert.Contains("6-digit code", missing.Body["error"]!.GetValue<string>());
        var wrong = await SignIn("chair.council", "000000" == SecondFactor.Code(secret, DateTime.UtcNow) ? "111111" : "000000");
        Assert.Contains("wrong or has expired", wrong.Body["error"]!.GetValue<string>());
        var right = await SignIn("chair.council", SecondFactor.Code(secret, DateTime.UtcNow));
        Assert.Equal(HttpStatusCode.OK, right.Status);
        Assert.Equal(2, await app.Scalar<long>("SELECT count(*) FROM audit_log WHERE username = 'chair.council' AND action = 'sign-in refused: second factor'"));
    }

    [Fact]
    public async Task Only_an_administrator_can_require_it()
    {
        using var analyst = await app.SignedIn("analyst.police");
        var (_, body) = await analyst.Post("mutation { requireSecondFactor(username: \"partner.health\") { secret } }");
        Assert.Equal("Only an administrator can require a second factor.", body.FirstError());
    }

    [Fact]
    public async Task An_expired_token_is_refused()
    {
        await using var owner = Hotspots.Database.DatabaseServices.CreateDataSource(app.ConnectionString);
        var key = new Microsoft.IdentityModel.Tokens.SymmetricSecurityKey(SigningKey.Load(owner));
        var twoHoursAgo = new FixedClock(DateTimeOffset.UtcNow.AddHours(-2));
        var (token, _) = new TokenIssuer(key, twoHoursAgo).Issue(new Viewer("analyst.police", Role.Analyst, "police"));
        using var client = app.Anonymous();
        client.DefaultRequestHeaders.Authorization = new("Bearer", token);
        Assert.Equal(401, (await client.Post("{ me { username } }")).Status);
    }
}

public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
