using System.Net.Http.Headers;
using System.Net.Http.Json;
using Hotspots.Tests.Api;

namespace Hotspots.Tests.Access.Provider;

/// <summary>
/// Signing in through the partnership's provider, the whole way over HTTP: the provider's groups and agency are mapped
/// by configuration, the person gets one account, and what the workspace refuses is said and audited.
/// </summary>
public sealed class ProviderSignInTests(ProviderApp app) : IClassFixture<ProviderApp>
{
    [Fact]
    public async Task The_first_sign_in_makes_one_account_and_later_ones_bring_its_role_up_to_date()
    {
        app.Provider.Add(new ProviderPerson("priya.shah@westyorkshire.police.uk", "Priya Shah", ["all-staff", "kmsp-partners"], "police"));
        var (status, body) = await app.SignInThroughProvider("priya.shah@westyorkshire.police.uk");
        Assert.Equal(200, status);
        Assert.Equal("Priya Shah", body["displayName"]!.GetValue<string>());
        Assert.Equal("Partner", body["role"]!.GetValue<string>());
        Assert.Equal("police", body["agency"]!.GetValue<string>());

        app.Provider.Add(new ProviderPerson("priya.shah@westyorkshire.police.uk", "Priya Shah", ["all-staff", "kmsp-analysts"], "police"));
        (status, body) = await app.SignInThroughProvider("priya.shah@westyorkshire.police.uk");
        Assert.Equal(200, status);
        Assert.Equal("Analyst", body["role"]!.GetValue<string>());
        Assert.Equal(1, await app.Scalar<long>("SELECT count(*) FROM accounts WHERE username = 'priya.shah@westyorkshire.police.uk'"));
        Assert.Equal("analyst", await app.Scalar<string>("SELECT role FROM accounts WHERE username = 'priya.shah@westyorkshire.police.uk' AND provider = $1", app.Provider.Authority));
        Assert.Equal("true,false", await app.Scalar<string>("""
            SELECT string_agg(detail->>'created', ',' ORDER BY id) FROM audit_log WHERE action = 'sign-in' AND username = 'priya.shah@westyorkshire.police.uk'
                AND detail->>'provider' = $1 AND detail->>'via' = 'browser'
            """, app.Provider.Authority));

        // The token handed over is the workspace's own, and answers as the mapped analyst.
        using var client = app.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body["token"]!.GetValue<string>());
        var me = (await client.Data("{ me { username role agency } }"))["me"]!;
        Assert.Equal("ANALYST", me["role"]!.GetValue<string>());
        Assert.Equal("police", me["agency"]!.GetValue<string>());
    }

    public static TheoryData<ProviderPerson, string> Refusals => new()
    {
        { new("sam.jones@kirklees.example", "Sam Jones", ["all-staff"], "council"),
            "None of sam.jones@kirklees.example's groups in the groups claim (all-staff) is mapped to a role here" },
        { new("no.groups@kirklees.example", "No Groups", [], "council"), "The provider sent no groups claim for no.groups@kirklees.example" },
        { new("two.hats@kirklees.example", "Two Hats", ["kmsp-analysts", "kmsp-partners"], "council"), "groups map to more than one role (analyst, partner)" },
        { new("rogue@kirklees.example", "Rogue", ["kmsp-analysts"], "glaa"), "may not vouch for the agency \"glaa\"; it is trusted for police, council, housing, health" },
        { new("nobody@kirklees.example", "Nobody", ["kmsp-analysts"], null), "The provider did not send the claim kmsp_agency (the agency)" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task Claims_the_configuration_does_not_map_are_refused_with_why_and_audited_and_make_no_account(ProviderPerson person, string why)
    {
        app.Provider.Add(person);
        var (status, body) = await app.SignInThroughProvider(person.Username);
        Assert.Equal(401, status);
        Assert.Contains(why, body["error"]!.GetValue<string>());
        Assert.Equal(0, await app.Scalar<long>("SELECT count(*) FROM accounts WHERE username = $1", person.Username));
        Assert.Equal(1, await app.Scalar<long>("""
            SELECT count(*) FROM audit_log WHERE action = 'sign-in refused: provider' AND username = $1 AND detail->>'error' LIKE '%' || $2 || '%'
            """, person.Username, why));
    }

    [Fact]
    public async Task A_deactivated_account_is_refused_though_the_provider_says_yes_and_its_token_stops_working()
    {
        app.Provider.Add(new ProviderPerson("dan.walsh@kirklees.example", "Dan Walsh", ["kmsp-partners"], "council"));
        var (status, body) = await app.SignInThroughProvider("dan.walsh@kirklees.example");
        Assert.Equal(200, status);
        using var client = app.Anonymous();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body["token"]!.GetValue<string>());
        await client.Data("{ me { username } }");

        await app.Execute("UPDATE accounts SET active = false WHERE username = 'dan.walsh@kirklees.example'");
        (status, body) = await app.SignInThroughProvider("dan.walsh@kirklees.example");
        Assert.Equal(401, status);
        Assert.Equal("This account has been deactivated: ask an administrator.", body["error"]!.GetValue<string>());
        Assert.Equal(1, await app.Scalar<long>("SELECT count(*) FROM audit_log WHERE action = 'sign-in refused: provider' AND username = 'dan.walsh@kirklees.example'"));
        await Task.Delay(Hotspots.Access.AccountStates.Fresh);
        Assert.Equal(401, (await client.Post("{ me { username } }")).Status);
    }

    [Fact]
    public async Task A_local_account_of_the_same_name_is_not_taken_over_and_passwords_are_off()
    {
        app.Provider.Add(new ProviderPerson("admin.council", "Not The Administrator", ["kmsp-partners"], "council"));
        var (status, body) = await app.SignInThroughProvider("admin.council");
        Assert.Equal(401, status);
        Assert.Contains("belongs to an account that signs in with a password here", body["error"]!.GetValue<string>());
        Assert.Equal("administrator", await app.Scalar<string>("SELECT role FROM accounts WHERE username = 'admin.council'"));

        using var anonymous = app.Anonymous();
        var response = await anonymous.PostAsJsonAsync("/auth/sign-in", new { username = "admin.council", password = Hotspots.Demo.DemoAccounts.Password });
        Assert.Equal(401, (int)response.StatusCode);
        Assert.Contains("This workspace signs in through Kirklees Council", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_sign_in_is_handed_over_once_and_a_cookie_not_ours_is_refused()
    {
        app.Provider.Add(new ProviderPerson("kate.moss@kirklees.example", "Kate Moss", ["kmsp-partners"], "health"));
        var (status, _, cookie) = await app.SignInKeepingTheCookie("kate.moss@kirklees.example");
        Assert.Equal(200, status);
        foreach (var replayed in new[] { cookie, "not-ours" })
        {
            using var anonymous = app.Anonymous();
            using var request = new HttpRequestMessage(HttpMethod.Post, "/auth/provider/handover");
            request.Headers.Add("Cookie", $"hotspots.handover={replayed}");
            using var response = await anonymous.SendAsync(request);
            Assert.Equal(401, (int)response.StatusCode);
            Assert.Contains("This sign-in has expired or was already used; sign in again.", await response.Content.ReadAsStringAsync());
        }
    }
}
