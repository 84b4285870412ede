using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Hotspots.Tests.Api;
using Microsoft.AspNetCore.Hosting;

namespace Hotspots.Tests.Access;

/// <summary>The real server on Kestrel behind a configured proxy (loopback), so a test can come from any address.</summary>
public sealed class ProxiedApp : HotspotsApp
{
    protected override bool OnKestrel => true;
    protected override void Configure(IWebHostBuilder web) => web.UseSetting("Hotspots:Proxies", "127.0.0.1, ::1");
}

/// <summary>
/// Failed sign-ins hold back the address they come from, never the account: an outsider who knows a username cannot
/// lock its owner out, and the owner is told at their next sign-in.
/// </summary>
public sealed class SignInBackoffTests(ProxiedApp app) : IClassFixture<ProxiedApp>
{
    private const string Outsider = "203.0.113.9", Owner = "198.51.100.7";

    private async Task<(HttpStatusCode Status, JsonObject Body)> SignIn(string username, string password, string from)
    {
        using var client = app.Anonymous();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/auth/sign-in") { Content = JsonContent.Create(new { username, password }) };
        request.Headers.Add("X-Forwarded-For", from);
        using var response = await client.SendAsync(request);
        return (response.StatusCode, (await response.Content.ReadFromJsonAsync<JsonObject>())!);
    }

    private static string Error(JsonObject body) => body["error"]!.GetValue<string>();

    [Fact]
    public async Task Five_failures_hold_back_that_address_while_the_owner_signs_in_from_elsewhere_and_is_told()
    {
        for (var i = 0; i < 5; i++) Assert.Equal("The username or password is wrong.", Error((await SignIn("partner.voluntary", "guess", Outsider)).Body));
        var (status, body) = await SignIn("partner.voluntary", Hotspots.Demo.DemoAccounts.Password, Outsider);
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.StartsWith("Too many failed sign-ins from this address: try again after", Error(body));

        var (ownerStatus, owner) = await SignIn("partner.voluntary", Hotspots.Demo.DemoAccounts.Password, Owner);
        Assert.Equal(HttpStatusCode.OK, ownerStatus);
        var warning = owner["warning"]!.GetValue<string>();
        Assert.StartsWith("5 failed sign-ins to your account since you last signed in", warning);
        Assert.Contains($"from {Outsider}. If that was not you, tell your administrator.", warning);
        // Told once: the next sign-in has nothing to warn about.
        Assert.Null((await SignIn("partner.voluntary", Hotspots.Demo.DemoAccounts.Password, Owner)).Body["warning"]);
        // The audit says from where, as the proxy forwarded it: the hold starting, and each refusal.
        Assert.Equal(1, await app.Scalar<long>("SELECT count(*) FROM audit_log WHERE action = 'sign-in held back' AND username = 'partner.voluntary' AND origin = $1", Outsider));
        Assert.Equal(1, await app.Scalar<long>("SELECT count(*) FROM audit_log WHERE action = 'sign-in refused: held back' AND origin = $1", Outsider));
        Assert.Equal(2, await app.Scalar<long>("SELECT count(*) FROM audit_log WHERE action = 'sign-in' AND username = 'partner.voluntary' AND origin = $1", Owner));
    }

    [Fact]
    public async Task An_unknown_username_is_held_back_in_the_same_words_so_the_back_off_does_not_tell_who_exists()
    {
        const string from = "203.0.113.20";
        for (var i = 0; i < 5; i++)
        {
            await SignIn("partner.health", "guess", from);
            await SignIn("nobody.here", "guess", from);
        }
        var known = Error((await SignIn("partner.health", "guess", from)).Body);
        var unknown = Error((await SignIn("nobody.here", "guess", from)).Body);
        Assert.StartsWith("Too many failed sign-ins from this address", known);
        Assert.Equal(known[..60], unknown[..60]);
    }

    [Fact]
    public async Task Each_further_failure_doubles_the_wait_up_to_an_hour()
    {
        const string from = "203.0.113.30";
        for (var i = 0; i < 5; i++) await SignIn("analyst.council", "guess", from);
        var waits = new List<double> { await Wait("analyst.council", from) };
        for (var i = 0; i < 8; i++)
        {
            // Waiting the minute out, as an attacker would, without the test waiting it.
            await app.Execute("UPDATE sign_in_backoff SET wait_until = now() - interval '1 second' WHERE origin = $1", from);
            await SignIn("analyst.council", "guess", from);
            waits.Add(await Wait("analyst.council", from));
        }
        Assert.Equal([1, 2, 4, 8, 16, 32, 60, 60, 60], waits);
    }

    [Fact]
    public async Task An_administrator_lets_a_held_back_address_try_again()
    {
        const string from = "203.0.113.40";
        for (var i = 0; i < 5; i++) await SignIn("partner.housing", "guess", from);
        using var admin = await app.SignedIn("admin.council");
        var person = await admin.Data("mutation { unlockAccount(username: \"partner.housing\") { username lockedUntil } }");
        Assert.Null(person["unlockAccount"]!["lockedUntil"]);
        Assert.Equal(HttpStatusCode.OK, (await SignIn("partner.housing", Hotspots.Demo.DemoAccounts.Password, from)).Status);
    }

    [Fact]
    public async Task One_address_guessing_across_many_usernames_is_held_back_after_thirty()
    {
        const string from = "203.0.113.50";
        await SignIn("guess.0", "guess", from);
        // 28 more guesses as if made over the last hours (the sign-in rate limit allows 20 a minute), then the 30th.
        await app.Execute("UPDATE sign_in_backoff SET failures = 29 WHERE username = '' AND origin = $1", from);
        Assert.Equal("The username or password is wrong.", Error((await SignIn("guess.29", "guess", from)).Body));
        Assert.StartsWith("Too many failed sign-ins from this address", Error((await SignIn("guess.new", "guess", from)).Body));
        // Another address is untouched.
        Assert.Equal("The username or password is wrong.", Error((await SignIn("guess.new", "guess", "203.0.113.51")).Body));
    }

    private Task<double> Wait(string username, string from) => app.Scalar<double>(
        "SELECT round(extract(epoch FROM wait_until - last_at) / 60)::float8 FROM sign_in_backoff WHERE username = $1 AND origin = $2", username, from);
}

public sealed class ProxySettingTests
{
    [Fact]
    public void A_proxy_that_is_neither_an_address_nor_a_network_stops_the_server_with_what_to_write()
    {
        Assert.Equal(2, Hotspots.Access.Proxies.Parse("10.0.0.5, 10.1.0.0/16").Count);
        var refusal = Assert.Throws<InvalidOperationException>(() => Hotspots.Access.Proxies.Parse("10.0.0.5, the-balancer"));
        Assert.Contains("\"the-balancer\" is neither an address nor a network", refusal.Message);
    }
}
