using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using Hotspots.Access;
using Hotspots.Tests.Api;
using Hotspots.Tests.Problems;
using Hotspots.Tests.Problems.Live;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.Tokens;

namespace Hotspots.Tests.Access;

/// <summary>
/// Tokens outlive changes: a token carries the role and agency someone had when they signed in, for an hour. A demoted
/// or deactivated account must lose those rights within seconds, and the live meeting stream must end with them.
/// </summary>
public sealed class TokenStateTests(ProblemsFixture app) : IClassFixture<ProblemsFixture>
{
    private const string AnalystOnly = "{ incidentMap { fullRecords } }";

    [Fact]
    public async Task A_demoted_analyst_keeps_no_analyst_rights_from_an_old_token()
    {
        using var analyst = await app.SignedIn("analyst.council");
        await analyst.Data(AnalystOnly);
        await app.Execute("UPDATE accounts SET role = 'partner' WHERE username = 'analyst.council'");
        var refused = await RefusedWithin(analyst, TimeSpan.FromSeconds(10));
        Assert.Equal("Your role or agency has changed since you signed in; sign in again to carry on with your new rights.", refused);
    }

    [Fact]
    public async Task A_deactivated_account_is_refused_with_its_old_token()
    {
        using var enforcement = await app.SignedIn("enforcement.glaa");
        await enforcement.Data("{ me { username } }");
        await app.Execute("UPDATE accounts SET active = false WHERE username = 'enforcement.glaa'");
        Assert.Equal("Your account has been deactivated since you signed in; ask an administrator.",
            await RefusedWithin(enforcement, TimeSpan.FromSeconds(10), "{ me { username } }"));
    }

    [Fact]
    public async Task The_live_meeting_stream_ends_when_the_followers_account_is_demoted()
    {
        var groupId = await app.CreateGroup("Demoted follower");
        using var housing = await app.SignedIn("partner.housing");
        await using var stream = await LiveStream.Open(housing, groupId);
        await app.Execute("UPDATE accounts SET agency = 'council' WHERE username = 'partner.housing'");
        try
        {
            var (name, data) = await NextEvent(stream);
            Assert.Equal("ended", name);
            Assert.Contains("changed since you signed in", data["reason"]!.GetValue<string>());
        }
        finally
        {
            await app.Execute("UPDATE accounts SET agency = 'housing' WHERE username = 'partner.housing'");
        }
    }

    [Fact]
    public async Task The_live_meeting_stream_ends_when_the_token_expires()
    {
        var groupId = await app.CreateGroup("Expiring token");
        // A token issued 59 min 52 s ago by the server's own key: it expires eight seconds from now.
        var key = app.Factory.Services.GetRequiredService<SymmetricSecurityKey>();
        var (token, _) = new TokenIssuer(key, new Ago(TokenIssuer.Lifetime - TimeSpan.FromSeconds(8)))
            .Issue(new Viewer("analyst.police", Role.Analyst, "police"));
        using var police = app.Anonymous();
        police.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        await using var stream = await LiveStream.Open(police, groupId);
        var (name, data) = await NextEvent(stream);
        Assert.Equal("ended", name);
        Assert.Equal("Your sign-in has expired; sign in again to carry on.", data["reason"]!.GetValue<string>());
    }

    /// <summary>The next event other than a change, waiting past the server's few seconds between checks.</summary>
    private static async Task<(string Name, JsonNode Data)> NextEvent(LiveStream stream) => await stream.Next(TimeSpan.FromSeconds(30));

    private static async Task<string> RefusedWithin(HttpClient client, TimeSpan limit, string query = AnalystOnly)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var (status, body) = await client.Post(query);
            if (status == (int)HttpStatusCode.Unauthorized) return body["error"]!.GetValue<string>();
            Assert.True(clock.Elapsed < limit, $"the old token still answered after {limit.TotalSeconds} s: {body.ToJsonString()}");
            await Task.Delay(250);
        }
    }

    private sealed class Ago(TimeSpan ago) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => DateTimeOffset.UtcNow - ago;
    }
}
