using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hotspots.Tests.Api;

namespace Hotspots.Tests.Access;

public sealed class SignInTests(HotspotsApp app) : IClassFixture<HotspotsApp>
{
    private async Task<(HttpStatusCode Status, JsonObject Body)> SignIn(string username, string password)
    {
        using var client = app.Anonymous();
        using var response = await client.PostAsJsonAsync("/auth/sign-in", new { username, password });
        return (response.StatusCode, (await response.Content.ReadFromJsonAsync<JsonObject>())!);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_and_audited()
    {
        var (status, body) = await SignIn("partner.health", "guess");
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("The username or password is wrong.", body["error"]!.GetValue<string>());
        Assert.True(await app.Scalar<long>("SELECT count(*) FROM audit_log WHERE username = 'partner.health' AND action LIKE 'sign-in refused%'") >= 1);
    }

    [Fact]
    public async Task Five_failures_hold_back_their_address_even_against_the_right_password()
    {
        for (var i = 0; i < 5; i++) await SignIn("partner.voluntary", "wrong");
        var (status, body) = await SignIn("partner.voluntary", Hotspots.Demo.DemoAccounts.Password);
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.StartsWith("Too many failed sign-ins from this address", body["error"]!.GetValue<string>());
    }

    [Fact]
    public async Task Without_a_configured_proxy_a_forwarded_address_is_ignored()
    {
        using var client = app.Anonymous();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/auth/sign-in")
            { Content = JsonContent.Create(new { username = "analyst.police", password = Hotspots.Demo.DemoAccounts.Password }) };
        request.Headers.Add("X-Forwarded-For", "203.0.113.77");
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        Assert.Equal(0, await app.Scalar<long>("SELECT count(*) FROM audit_log WHERE origin = '203.0.113.77'"));
        Assert.True(await app.Scalar<long>("SELECT count(*) FROM audit_log WHERE action = 'sign-in' AND username = 'analyst.police'") >= 1);
    }

    [Fact]
    public async Task A_tampered_token_is_refused()
    {
        using var client = await app.SignedIn("analyst.council");
        var token = client.DefaultRequestHeaders.Authorization!.Parameter!;
        var parts = token.Split('.');
        var payload = System.Text.Encoding.UTF8.GetString(Base64Url(parts[1])).Replace("analyst.council", "admin.council");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer",
            $"{parts[0]}.{Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(payload)).TrimEnd('=').Replace('+', '-').Replace('/', '_')}.{parts[2]}");
        Assert.Equal(401, (await client.Post("{ me { username } }")).Status);
    }

    [Fact]
    public async Task A_good_sign_in_gives_a_token_that_names_role_and_agency()
    {
        using var client = await app.SignedIn("enforcement.glaa");
        var me = await client.Data("{ me { username role agency } }");
        Assert.Equal("ENFORCEMENT_OFFICER", me["me"]!["role"]!.GetValue<string>());
        Assert.Equal("glaa", me["me"]!["agency"]!.GetValue<string>());
    }

    private static byte[] Base64Url(string text)
    {
        var s = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(s.PadRight(s.Length + (4 - s.Length % 4) % 4, '='));
    }
}
