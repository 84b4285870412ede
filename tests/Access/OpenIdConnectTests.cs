using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Hotspots.Tests.Api;

namespace Hotspots.Tests.Access;

/// <summary>Production sign-in: tokens from the partnership's OpenID Connect provider, checked by the real server.</summary>
public sealed class OpenIdConnectTests(OpenIdConnectFixture app) : IClassFixture<OpenIdConnectFixture>
{
    private string Token(string username, string? role, string? agency) =>
        app.Issuer.Token(OpenIdConnectFixture.Claims(username, role, agency), OpenIdConnectFixture.Audience);

    [Fact]
    public async Task A_police_analyst_token_signs_in_and_sees_police_records_in_full_through_the_same_rules()
    {
        using var client = app.Bearing(Token("priya.shah@westyorkshire.police.uk", "analyst", "police"));
        await client.Data("{ me { username } }");
        var data = await client.Data($"{{ me {{ username role agency }} incidents {{ totalCount }} incident(id: {app.PoliceRecord}) {{ sourceReference }} }}");
        Assert.Equal("priya.shah@westyorkshire.police.uk", data["me"]!["username"]!.GetValue<string>());
        Assert.Equal("ANALYST", data["me"]!["role"]!.GetValue<string>());
        Assert.Equal("police", data["me"]!["agency"]!.GetValue<string>());
        Assert.Equal(1, data["incidents"]!["totalCount"]!.GetValue<int>());
        Assert.Equal("WYP-2025-0001", data["incident"]!["sourceReference"]!.GetValue<string>());
        Assert.Equal(1, await app.Scalar<long>($"SELECT count(*) FROM audit_log WHERE action = 'read incident' AND username = 'priya.shah@westyorkshire.police.uk' AND agency = 'police' AND subject = 'incident:{app.PoliceRecord}'"));
        // Two requests with one token: one sign-in, from the provider.
        Assert.Equal(1, await app.Scalar<long>("SELECT count(*) FROM audit_log WHERE action = 'sign-in' AND username = 'priya.shah@westyorkshire.police.uk' AND detail->>'provider' = $1", app.Issuer.Authority));
    }

    [Fact]
    public async Task A_housing_partner_token_sees_only_a_generalised_count()
    {
        using var client = app.Bearing(Token("lee.barker@kirkleeshousing.example", "partner", "housing"));
        var data = await client.Data($"{{ incidents {{ totalCount }} incident(id: {app.PoliceRecord}) {{ id }} incidentMap {{ fullRecords generalisedRecords {{ display }} }} }}");
        Assert.Equal(0, data["incidents"]!["totalCount"]!.GetValue<int>());
        Assert.Null(data["incident"]);
        Assert.Equal(0, data["incidentMap"]!["fullRecords"]!.GetValue<int>());
        // The lone record's cell is withheld on the map ("<5"), so it adds nothing to the total.
        Assert.Equal("0", data["incidentMap"]!["generalisedRecords"]!["display"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_role_in_the_providers_spelling_is_understood()
    {
        using var client = app.Bearing(Token("helen.firth@kirklees.example", "group_chair", "council"));
        Assert.Equal("GROUP_CHAIR", (await client.Data("{ me { role } }"))["me"]!["role"]!.GetValue<string>());
    }

    public static TheoryData<string, string> Refusals => new()
    {
        { "wrong audience", "issued for another service" },
        { "wrong issuer", "not issued by the partnership's sign-in provider" },
        { "expired", "The token expired at" },
        { "unsigned", "signature does not verify" },
        { "tampered", "signature does not verify" },
        { "signed by another key", "signature does not verify" },
        { "unknown role", "None of mallory@example.org's groups in the kmsp_role claim (superuser) is mapped to a role here" },
        { "unknown agency", "may not vouch for the agency \"mi5\"" },
        { "no agency claim", "The provider did not send the claim kmsp_agency (the agency) for mallory@example.org" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_bad_token_is_refused_with_a_clear_message_and_audited(string what, string expected)
    {
        var claims = OpenIdConnectFixture.Claims("mallory@example.org", what == "unknown role" ? "superuser" : "analyst",
            what switch { "unknown agency" => "mi5", "no agency claim" => null, _ => "police" });
        using var otherKey = RSA.Create(2048);
        var token = what switch
        {
            "wrong audience" => app.Issuer.Token(claims, "another-service"),
            "wrong issuer" => app.Issuer.Token(claims, OpenIdConnectFixture.Audience, issuer: "https://login.example.org"),
            "expired" => app.Issuer.Token(claims, OpenIdConnectFixture.Audience, expiresIn: TimeSpan.FromMinutes(-5)),
            "unsigned" => app.Issuer.Token(claims, OpenIdConnectFixture.Audience, unsigned: true),
            "tampered" => Tampered(app.Issuer.Token(OpenIdConnectFixture.Claims("mallory@example.org", "partner", "voluntary"), OpenIdConnectFixture.Audience)),
            "signed by another key" => app.Issuer.Token(claims, OpenIdConnectFixture.Audience, signedBy: otherKey),
            _ => app.Issuer.Token(claims, OpenIdConnectFixture.Audience),
        };
        var before = await Refused(expected);
        using var client = app.Bearing(token);
        var (status, body) = await client.Post($"{{ incident(id: {app.PoliceRecord}) {{ sourceReference }} }}");
        Assert.Equal(401, status);
        Assert.Contains(expected, body["error"]!.GetValue<string>());
        Assert.Null(body["data"]);
        Assert.Equal(before + 1, await Refused(expected));
    }

    [Fact]
    public async Task A_request_without_a_token_is_refused_and_local_passwords_sign_no_one_in()
    {
        using var anonymous = app.Anonymous();
        Assert.Equal(401, (await anonymous.Post("{ me { username } }")).Status);
        // Local accounts still exist in the database, but with a provider their passwords are off.
        var response = await anonymous.PostAsJsonAsync("/auth/sign-in", new { username = "analyst.police", password = Hotspots.Demo.DemoAccounts.Password });
        Assert.Equal(401, (int)response.StatusCode);
        Assert.Contains("passwords are off", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_providers_token_makes_one_account_at_first_use_and_a_deactivated_account_is_refused()
    {
        using (var client = app.Bearing(Token("omar.farouk@kirklees.example", "partner", "council")))
            await client.Data("{ me { username } }");
        using (var again = app.Bearing(Token("omar.farouk@kirklees.example", "partner", "council")))
            await again.Data("{ me { username } }");
        Assert.Equal(1, await app.Scalar<long>("SELECT count(*) FROM accounts WHERE username = 'omar.farouk@kirklees.example' AND role = 'partner' AND agency = 'council' AND password_hash IS NULL"));
        Assert.Equal("true,false", await app.Scalar<string>(
            "SELECT string_agg(detail->>'created', ',' ORDER BY id) FROM audit_log WHERE action = 'sign-in' AND username = 'omar.farouk@kirklees.example' AND detail->>'via' = 'token'"));

        await app.Execute("UPDATE accounts SET active = false WHERE username = 'omar.farouk@kirklees.example'");
        using var refused = app.Bearing(Token("omar.farouk@kirklees.example", "partner", "council"));
        var (status, body) = await refused.Post("{ me { username } }");
        Assert.Equal(401, status);
        Assert.Equal("This account has been deactivated: ask an administrator.", body["error"]!.GetValue<string>());
    }

    private Task<long> Refused(string error) => app.Scalar<long>(
        "SELECT count(*) FROM audit_log WHERE action = 'sign-in refused: token' AND detail->>'error' LIKE '%' || $1 || '%'", error);

    /// <summary>The provider's token for a voluntary-sector partner, rewritten to claim a police analyst.</summary>
    private static string Tampered(string token)
    {
        var parts = token.Split('.');
        var payload = JsonNode.Parse(Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Decode(parts[1]))!.AsObject();
        payload["kmsp_role"] = "analyst";
        payload["kmsp_agency"] = "police";
        return $"{parts[0]}.{Microsoft.IdentityModel.Tokens.Base64UrlEncoder.Encode(payload.ToJsonString())}.{parts[2]}";
    }
}
